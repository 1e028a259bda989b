package dev.sagelint.core.parse;

/**
 * Where a node sits in its source: 1-based start and end (end is exclusive, i.e. the column just
 * after the last character), plus the character offsets into the decoded text.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn, int startOffset,
    int endOffset) {

  /** A span for problems that belong to the file as a whole (e.g. it cannot be read). */
  public static final Span FILE = new Span(1, 1, 1, 1, 0, 0);

  /** The smallest span covering both. */
  public Span union(Span other) {
    Span first = startOffset <= other.startOffset ? this : other;
    Span last = endOffset >= other.endOffset ? this : other;
    return new Span(first.startLine, first.startColumn, last.endLine, last.endColumn,
        first.startOffset, last.endOffset);
  }

  /** A zero-width span at the start of this one. */
  public Span start() {
    return new Span(startLine, startColumn, startLine, startColumn, startOffset, startOffset);
  }
}
