package dev.sagelint.schemas.support;

import java.util.OptionalLong;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
* An independent, deliberately plain reading of what the botocore model allows, used as the expected
* verdict: patterns are applied to the whole value with {@link java.util.regex.Matcher#matches()} (as AWS
* does), lengths count code points, and findings use the JSON Schema keyword a correct schema would report.
*/
public final class ModelOracle {

  private final RawModel model;

  public ModelOracle(RawModel model) {
    this.model = model;
  }

  /** Every constraint {@code value} (a document of shape {@code shape}) breaks. */
  public Set<Finding> check(String shape, JsonNode value) {
    Set<Finding> out = Finding.sortedSet();
    check(shape, value, "", out);
    return out;
  }

  private void check(String shape, JsonNode value, String pointer, Set<Finding> out) {
    switch (model.type(shape)) {
      case "structure" -> structure(shape, value, pointer, out);
      case "list" -> list(shape, value, pointer, out);
      case "map" -> map(shape, value, pointer, out);
      case "string" -> string(shape, value, pointer, out);
      case "integer", "long" -> number(shape, value, pointer, out, true);
      case "float", "double" -> number(shape, value, pointer, out, false);
      case "boolean" -> {
        if (!value.isBoolean()) {
          out.add(Finding.at(pointer, "type"));
        }
      }
      case "timestamp" -> {
        if (!value.isString() && !value.isNumber()) {
          out.add(Finding.at(pointer, "type"));
        }
      }
      case "blob" -> {
        if (!value.isString()) {
          out.add(Finding.at(pointer, "type"));
        }
      }
      default -> throw new IllegalStateException("oracle does not know type " + model.type(shape));
    }
  }

  private void structure(String shape, JsonNode value, String pointer, Set<Finding> out) {
    if (!value.isObject()) {
      out.add(Finding.at(pointer, "type"));
      return;
    }
    for (String required : model.required(shape)) {
      if (!value.has(required)) {
        out.add(new Finding(pointer, "required", required));
      }
    }
    var members = model.members(shape);
    for (var property : value.properties()) {
      String memberShape = members.stream().filter(m -> m.getKey().equals(property.getKey()))
          .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
      if (memberShape == null) {
        out.add(new Finding(pointer, "additionalProperties", property.getKey()));
      } else {
        check(memberShape, property.getValue(), pointer + "/" + escape(property.getKey()), out);
      }
    }
  }

  private void list(String shape, JsonNode value, String pointer, Set<Finding> out) {
    if (!value.isArray()) {
      out.add(Finding.at(pointer, "type"));
      return;
    }
    countBounds(shape, value.size(), pointer, "minItems", "maxItems", out);
    for (int i = 0; i < value.size(); i++) {
      check(model.listMember(shape), value.get(i), pointer + "/" + i, out);
    }
  }

  private void map(String shape, JsonNode value, String pointer, Set<Finding> out) {
    if (!value.isObject()) {
      out.add(Finding.at(pointer, "type"));
      return;
    }
    countBounds(shape, value.size(), pointer, "minProperties", "maxProperties", out);
    String keyShape = model.mapKey(shape);
    for (var entry : value.properties()) {
      if (!stringViolations(keyShape, entry.getKey()).isEmpty()) {
        out.add(new Finding(pointer, "propertyNames", entry.getKey()));
      }
      check(model.mapValue(shape), entry.getValue(), pointer + "/" + escape(entry.getKey()), out);
    }
  }

  private void string(String shape, JsonNode value, String pointer, Set<Finding> out) {
    Set<String> values = model.enumValues(shape);
    if (!values.isEmpty() && !(value.isString() && values.contains(value.asString()))) {
      out.add(Finding.at(pointer, "enum")); // a value outside the enum is wrong whatever its type
    }
    if (!value.isString()) {
      out.add(Finding.at(pointer, "type"));
      return;
    }
    for (String keyword : stringViolations(shape, value.asString())) {
      if (!keyword.equals("enum")) {
        out.add(Finding.at(pointer, keyword));
      }
    }
  }

  /** Keywords a string breaks: enum, minLength, maxLength, pattern. */
  public Set<String> stringViolations(String shape, String text) {
    Set<String> out = new java.util.TreeSet<>();
    Set<String> values = model.enumValues(shape);
    if (!values.isEmpty() && !values.contains(text)) {
      out.add("enum");
    }
    int length = text.codePointCount(0, text.length());
    OptionalLong min = model.min(shape);
    OptionalLong max = model.max(shape);
    if (min.isPresent() && length < min.getAsLong()) {
      out.add("minLength");
    }
    if (max.isPresent() && length > max.getAsLong()) {
      out.add("maxLength");
    }
    String pattern = model.pattern(shape);
    if (pattern != null && !java.util.regex.Pattern.compile(pattern).matcher(text).matches()) {
      out.add("pattern");
    }
    return out;
  }

  private void number(String shape, JsonNode value, String pointer, Set<Finding> out, boolean whole) {
    if (!value.isNumber()) {
      out.add(Finding.at(pointer, "type"));
      return;
    }
    if (whole && !value.isIntegralNumber()) {
      out.add(Finding.at(pointer, "type")); // and the range below still applies to the number
    }
    // Exact comparison: a double cannot tell 9223372036854775807 from 9223372036854775808.
    java.math.BigDecimal v = value.decimalValue();
    JsonNode min = model.bound(shape, "min");
    JsonNode max = model.bound(shape, "max");
    if (min != null && v.compareTo(min.decimalValue()) < 0) {
      out.add(Finding.at(pointer, "minimum"));
    }
    if (max != null && v.compareTo(max.decimalValue()) > 0) {
      out.add(Finding.at(pointer, "maximum"));
    }
  }

  private void countBounds(String shape, int size, String pointer, String minKeyword, String maxKeyword, Set<Finding> out) {
    OptionalLong min = model.min(shape);
    OptionalLong max = model.max(shape);
    if (min.isPresent() && size < min.getAsLong()) {
      out.add(Finding.at(pointer, minKeyword));
    }
    if (max.isPresent() && size > max.getAsLong()) {
      out.add(Finding.at(pointer, maxKeyword));
    }
  }

  /** RFC 6901 escaping of one reference token. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
