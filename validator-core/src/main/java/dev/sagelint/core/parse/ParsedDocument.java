package dev.sagelint.core.parse;

/**
 * One document of a source: a JSON file has one, a YAML stream may have several.
 *
 * @param source the file it came from
 * @param index 0-based position in the YAML stream
 * @param root the document's root value
 */
public record ParsedDocument(SourceFile source, int index, Node root) {

  /** The node at an RFC 6901 pointer, or {@code null} when the path does not exist. */
  public Node at(String pointer) {
    return JsonPointer.resolve(root, pointer);
  }

  /**
   * The best span to report for {@code pointer}: the node itself when it exists, otherwise the
   * deepest existing ancestor (e.g. for a missing member, the object that lacks it).
   */
  public Span spanOf(String pointer) {
    return JsonPointer.closestSpan(root, pointer);
  }

  /** The span of the member's key at {@code pointer} (see {@link JsonPointer#keySpan}). */
  public Span keySpanOf(String pointer) {
    return JsonPointer.keySpan(root, pointer);
  }
}
