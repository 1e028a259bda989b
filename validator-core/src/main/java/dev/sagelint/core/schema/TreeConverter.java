package dev.sagelint.core.schema;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Copies a located tree into Jackson's tree, which is what networknt validates. */
final class TreeConverter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN_DECIMAL = new BigDecimal(LONG_MIN);
  private static final BigDecimal LONG_MAX_DECIMAL = new BigDecimal(LONG_MAX);
  private static final int MAX_DIGITS = 1000;
  private static final BigInteger CLAMP = BigInteger.TEN.pow(MAX_DIGITS);

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
    if (node instanceof UnknownNode) {
      // Any value does: violations at an unknown value are dropped by the checker.
      return NODES.nullNode();
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
    if (v instanceof Double d) {
      return nonFinite(d);
    }
    return decimal((BigDecimal) v);
  }

  /**
   * YAML's {@code .inf} is handed over as the clamp that stands for {@code 1e400}, so that it meets
   * the same bounds and gets the same findings; {@code .nan} as a double NaN, which is a number
   * but not an integer (its bound violations are dropped by the checker: NaN is no side of a bound).
   */
  private static JsonNode nonFinite(double d) {
    if (Double.isNaN(d)) {
      return NODES.numberNode(d);
    }
    return NODES.numberNode(d < 0 ? CLAMP.negate() : CLAMP);
  }

  /**
   * networknt compares a number with the minimum or maximum of an integer member through
   * {@code asLong()}, which throws for a decimal beyond the long range (1e30 as an instance count).
   * Such a number is handed over as a BigInteger instead, which it compares exactly: truncated
   * (a fraction cannot move a value that large across any SageMaker bound) and clamped to
   * {@value #MAX_DIGITS} digits (1e999999999 would otherwise take gigabytes to expand).
   */
  private static JsonNode decimal(BigDecimal d) {
    if (d.compareTo(LONG_MIN_DECIMAL) >= 0 && d.compareTo(LONG_MAX_DECIMAL) <= 0) {
      return NODES.numberNode(d);
    }
    if (d.precision() - d.scale() > MAX_DIGITS) {
      return NODES.numberNode(d.signum() < 0 ? CLAMP.negate() : CLAMP);
    }
    return NODES.numberNode(d.toBigInteger());
  }
}
