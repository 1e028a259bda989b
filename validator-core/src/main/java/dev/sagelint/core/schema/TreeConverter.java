package dev.sagelint.core.schema;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Copies a located tree into Jackson's tree, which is what networknt validates. */
final class TreeConverter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private TreeConverter() {}

  static JsonNode toJackson(Node node) {
    if (node instanceof ObjectNode o) {
      tools.jackson.databind.node.ObjectNode out = NODES.objectNode();
      for (ObjectNode.Member m : o.members()) {
        out.set(m.key(), toJackson(m.value()));
      }
      return out;
    }
    if (node instanceof ArrayNode a) {
      tools.jackson.databind.node.ArrayNode out = NODES.arrayNode();
      for (Node item : a.items()) {
        out.add(toJackson(item));
      }
      return out;
    }
    Object v = ((ScalarNode) node).value();
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof String s) {
      return NODES.stringNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof BigInteger i) {
      boolean fitsLong = i.compareTo(LONG_MIN) >= 0 && i.compareTo(LONG_MAX) <= 0;
      return fitsLong ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
    }
    return NODES.numberNode((BigDecimal) v);
  }
}
