package dev.sagelint.core.schema;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON Schema's notion of equal instances (used by {@code enum}): numbers by value, 1 == 1.0. */
final class JsonValues {
  private JsonValues() {}

  private static boolean nonFinite(JsonNode n) {
    return (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue());
  }

  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      if (nonFinite(a) || nonFinite(b)) {
        return a.doubleValue() == b.doubleValue(); // NaN equals nothing, as in JSON Schema
      }
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = b.get(e.getKey());
        if (other == null || !equal(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
