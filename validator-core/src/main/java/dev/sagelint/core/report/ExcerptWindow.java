package dev.sagelint.core.report;

/**
 * The part of a source line that the text format shows under a finding, and where its carets go.
 *
 * <p>A line of up to {@link #WIDTH} characters is shown whole. A longer one (minified JSON puts a
 * whole spec on one line) is cut to a window of {@code WIDTH} characters around the finding's
 * column, with {@code ...} where text was left out: repeating a 200 KB line under each of
 * thousands of findings on it made reports of gigabytes, and nobody reads past a screen width
 * anyway. The window starts {@link #CONTEXT_BEFORE} characters before the column, so the key that
 * a value belongs to is usually still in view, and never splits a surrogate pair.
 *
 * <p>Control characters other than tab are shown as escapes ({@link Printable}), never raw: a
 * line of a hostile file must not drive the terminal. The padding and carets count the width of
 * the escapes, so the carets stay under the span.
 *
 * @param text the line or its window, with the ellipses
 * @param padding what goes before the carets: blanks up to the column, keeping the line's own tabs
 *     so the carets line up in any terminal
 * @param carets how many carets: one per character of the span on this line that is shown (as
 *     many as its escape is wide for a control character), at least one
 */
record ExcerptWindow(String text, String padding, int carets) {
  /** Longest line shown whole, and the width of the window cut from longer ones. */
  static final int WIDTH = 120;

  /** Characters of context shown before the column in a window. */
  static final int CONTEXT_BEFORE = 40;

  static final String ELLIPSIS = "...";

  /**
   * The excerpt of {@code line} for a span that starts at 1-based {@code column} and ends just
   * before {@code endColumn} on this line ({@code line.length() + 1} when it goes on past it).
   */
  static ExcerptWindow of(String line, int column, int endColumn) {
    int length = line.length();
    if (length <= WIDTH) {
      return new ExcerptWindow(shown(line, 0, length), padding(line, 0, column),
          Math.max(1, width(line, column - 1, endColumn - 1)));
    }
    int start = Math.max(0, Math.min(column - 1 - CONTEXT_BEFORE, length - WIDTH));
    if (start > 0 && Character.isLowSurrogate(line.charAt(start))) {
      start--;
    }
    int end = Math.min(length, start + WIDTH);
    if (end < length && Character.isHighSurrogate(line.charAt(end - 1))) {
      end++;
    }
    String before = start > 0 ? ELLIPSIS : "";
    String after = end < length ? ELLIPSIS : "";
    String text = before + shown(line, start, end) + after;
    String padding = " ".repeat(before.length()) + padding(line, start, column);
    // Carets stop where the shown text does; a span that runs on is visible from its start.
    int carets = Math.max(1, width(line, column - 1, Math.min(endColumn, end + 1) - 1));
    return new ExcerptWindow(text, padding, carets);
  }

  /** Blanks from {@code from} (0-based) up to the 1-based {@code column}, keeping tabs. */
  private static String padding(String line, int from, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < column - 1; i++) {
      if (i < line.length() && line.charAt(i) == '\t') {
        sb.append('\t');
      } else {
        sb.append(" ".repeat(i < line.length() ? Printable.show(line.charAt(i)).length() : 1));
      }
    }
    return sb.toString();
  }

  /** {@code line[from, to)} as shown: tabs kept, other control characters escaped. */
  private static String shown(String line, int from, int to) {
    return Printable.escape(line.substring(from, to), "\t");
  }

  /** How many characters {@code line[from, to)} takes when shown; past the end, one each. */
  private static int width(String line, int from, int to) {
    int w = 0;
    for (int i = Math.max(0, from); i < to; i++) {
      w += i < line.length() && line.charAt(i) != '\t' ? Printable.show(line.charAt(i)).length() : 1;
    }
    return w;
  }
}
