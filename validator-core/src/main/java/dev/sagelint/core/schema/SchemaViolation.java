package dev.sagelint.core.schema;

import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ParsedDocument;
import tools.jackson.databind.JsonNode;

/**
 * One schema keyword failure, translated out of networknt's terms into ours.
 *
 * @param keyword the failing keyword, e.g. {@code pattern}
 * @param pointer JSON Pointer of the instance the keyword applies to
 * @param property the member named by {@code required}/{@code additionalProperties}, else null
 * @param instance our located node at {@code pointer}, or null when it does not exist
 * @param keywordValue the keyword's value in the schema (the pattern, the enum list...)
 * @param schema the schema object that holds the keyword (for titles and property lists)
 * @param document the document being validated
 * @param fallbackMessage networknt's own message, for keywords we have no wording for
 */
public record SchemaViolation(
    String keyword,
    String pointer,
    String property,
    Node instance,
    JsonNode keywordValue,
    JsonNode schema,
    ParsedDocument document,
    String fallbackMessage) {

  /** The shape's title from the schema (a botocore shape name), or null. */
  public String shapeTitle() {
    JsonNode t = schema == null ? null : schema.get("title");
    return t == null ? null : t.asString();
  }
}
