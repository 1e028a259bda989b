package dev.sagelint.core.parse;

/**
 * A value in a parsed document that remembers where it came from. The tree is immutable once
 * built; YAML aliases share the anchored node, so a node can have more than one parent.
 */
public sealed interface Node permits ObjectNode, ArrayNode, ScalarNode, UnknownNode {

  /** Where the value itself is written (for a member, the value, not the key). */
  Span span();

  /** The JSON type name used in messages: object, array, string, integer, number, boolean, null. */
  String typeName();

  default boolean isObject() {
    return this instanceof ObjectNode;
  }

  default boolean isArray() {
    return this instanceof ArrayNode;
  }

  default boolean isString() {
    return this instanceof ScalarNode s && s.value() instanceof String;
  }

  /** The string value, or {@code null} when this is not a string scalar. */
  default String asText() {
    return this instanceof ScalarNode s && s.value() instanceof String str ? str : null;
  }
}
