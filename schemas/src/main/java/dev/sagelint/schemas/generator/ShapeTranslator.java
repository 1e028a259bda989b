package dev.sagelint.schemas.generator;

import java.math.BigDecimal;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
* Maps one botocore shape to a JSON Schema (draft 2020-12) with the constraints AWS applies when it
* receives a request. References to other shapes are produced by a caller-supplied function so that the
* document builder decides how shapes are addressed ({@code #/$defs/...}, or {@code #} for the root).
*/
final class ShapeTranslator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final BotocoreModel model;
  private final Function<String, ObjectNode> refTo;

  ShapeTranslator(BotocoreModel model, Function<String, ObjectNode> refTo) {
    this.model = model;
    this.refTo = refTo;
  }

  /**
  * AWS evaluates a botocore pattern against the whole value, while JSON Schema's {@code pattern} is a
  * search, so every pattern is wrapped. The non-capturing group keeps alternations inside the anchors,
  * and patterns that already carry anchors (several 2021 ones do) stay correct because {@code ^}/{@code $}
  * are idempotent at the ends. {@code $} rather than Java's {@code \z} keeps the schemas readable by
  * ECMA-262 engines (editors), where {@code $} already means end of input; networknt's JDK regex factory
  * rewrites unescaped {@code $} to {@code \z}, so a trailing newline cannot slip through there either.
  */
  static String anchorPattern(String botocorePattern) {
    return "^(?:" + botocorePattern + ")$";
  }

  /** The schema for {@code shapeName}, titled with the shape name; never includes AWS documentation text. */
  ObjectNode translate(String shapeName) {
    JsonNode shape = model.shape(shapeName);
    ObjectNode schema = NODES.objectNode();
    schema.put("title", shapeName);
    if (shape.path("deprecated").asBoolean(false)) {
      // 2020-12 meta-data keyword: tools can flag use of the shape without rejecting it, as AWS does.
      schema.put("deprecated", true);
    }
    String type = shape.path("type").asString("");
    switch (type) {
      case "structure" -> structure(shapeName, shape, schema);
      case "string" -> string(shape, schema);
      case "integer" -> integer(shape, schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "long" -> integer(shape, schema, Long.MIN_VALUE, Long.MAX_VALUE);
      case "float", "double" -> number(shape, schema, "number");
      case "boolean" -> schema.put("type", "boolean");
      case "timestamp" -> timestamp(schema);
      case "blob" -> blob(schema);
      case "list" -> list(shape, schema);
      case "map" -> map(shape, schema);
      default -> throw new IllegalArgumentException("Model " + model.version() + ": shape '" + shapeName
          + "' has botocore type '" + type + "', which the generator does not know how to map;"
          + " extend ShapeTranslator rather than emitting a permissive schema");
    }
    return schema;
  }

  private void structure(String shapeName, JsonNode shape, ObjectNode schema) {
    if (shape.path("document").asBoolean(false)) {
      // A botocore "document" is free-form JSON; no type restriction is the faithful mapping.
      return;
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    // Member order follows the model so the output diffs the way the model does.
    for (var member : shape.path("members").properties()) {
      ObjectNode property = refTo.apply(member.getValue().required("shape").asString());
      if (member.getValue().path("deprecated").asBoolean(false)) {
        property.put("deprecated", true);
      }
      properties.set(member.getKey(), property);
    }
    JsonNode required = shape.get("required");
    if (required != null && !required.isEmpty()) {
      ArrayNode names = schema.putArray("required");
      for (JsonNode name : required) {
        if (!shape.path("members").has(name.asString())) {
          throw new IllegalArgumentException("Model " + model.version() + ": shape '" + shapeName
              + "' requires unknown member '" + name.asString() + "'");
        }
        names.add(name.asString());
      }
    }
    // Unknown members are refused before a request is sent (botocore/CLI: "Unknown parameter"), so
    // structures are closed; a typo in a member name is then reported instead of silently ignored.
    schema.put("additionalProperties", false);
    if (shape.path("union").asBoolean(false)) {
      // A botocore union must have exactly one member set.
      schema.put("minProperties", 1);
      schema.put("maxProperties", 1);
    }
  }

  private void string(JsonNode shape, ObjectNode schema) {
    schema.put("type", "string");
    JsonNode values = shape.get("enum");
    if (values != null) {
      schema.set("enum", values.deepCopy());
    }
    putCount(schema, "minLength", shape.get("min"));
    putIfPresent(schema, "maxLength", shape.get("max"));
    JsonNode pattern = shape.get("pattern");
    if (pattern != null) {
      schema.put("pattern", anchorPattern(pattern.asString()));
    }
  }

  private static void number(JsonNode shape, ObjectNode schema, String jsonType) {
    schema.put("type", jsonType);
    // Unlike lengths and counts, a numeric minimum of 0 is a real constraint (it forbids negatives).
    putIfPresent(schema, "minimum", shape.get("min"));
    putIfPresent(schema, "maximum", shape.get("max"));
  }

  /**
  * botocore's "integer" is a 32-bit and "long" a 64-bit signed number: AWS rejects
  * {@code InitialInstanceCount: 2147483648} as it rejects {@code 0}, even where the model states no
  * bound. That implicit range is written out wherever the model's own min or max is missing or
  * looser, so every JSON Schema tool sees it (without it, 1e30 validated clean).
  */
  private static void integer(JsonNode shape, ObjectNode schema, long lowest, long highest) {
    schema.put("type", "integer");
    JsonNode min = shape.get("min");
    JsonNode max = shape.get("max");
    if (min != null && min.decimalValue().compareTo(BigDecimal.valueOf(lowest)) >= 0) {
      schema.set("minimum", min.deepCopy());
    } else {
      schema.put("minimum", lowest);
    }
    if (max != null && max.decimalValue().compareTo(BigDecimal.valueOf(highest)) <= 0) {
      schema.set("maximum", max.deepCopy());
    } else {
      schema.put("maximum", highest);
    }
  }

  private static void timestamp(ObjectNode schema) {
    // Only responses carry timestamps here. The AWS CLI prints them as ISO-8601 strings; SDKs and the
    // wire protocol use epoch seconds, so both are accepted. "format" only constrains strings.
    ArrayNode types = schema.putArray("type");
    types.add("string");
    types.add("number");
    schema.put("format", "date-time");
  }

  private static void blob(ObjectNode schema) {
    // The JSON protocol sends blobs base64-encoded. botocore's min/max count decoded bytes, which do not
    // translate to a string length without over- or under-rejecting, so they are left out.
    schema.put("type", "string");
    schema.put("contentEncoding", "base64");
  }

  private void list(JsonNode shape, ObjectNode schema) {
    schema.put("type", "array");
    schema.set("items", refTo.apply(shape.required("member").required("shape").asString()));
    putCount(schema, "minItems", shape.get("min"));
    putIfPresent(schema, "maxItems", shape.get("max"));
  }

  private void map(JsonNode shape, ObjectNode schema) {
    schema.put("type", "object");
    // Keys are strings in JSON; the key shape's length/pattern/enum apply through propertyNames.
    schema.set("propertyNames", refTo.apply(shape.required("key").required("shape").asString()));
    schema.set("additionalProperties", refTo.apply(shape.required("value").required("shape").asString()));
    putCount(schema, "minProperties", shape.get("min"));
    putIfPresent(schema, "maxProperties", shape.get("max"));
  }

  /**
  * Lengths and counts cannot be negative, so a botocore min of 0 says nothing and is omitted; this keeps
  * the 2021 and 2026 outputs comparable (2026 spells out {@code min: 0} where 2021 left it off).
  */
  private static void putCount(ObjectNode schema, String keyword, JsonNode value) {
    if (value != null && !(value.isNumber() && value.numberValue().doubleValue() == 0)) {
      schema.set(keyword, value.deepCopy());
    }
  }

  private static void putIfPresent(ObjectNode schema, String keyword, JsonNode value) {
    if (value != null) {
      schema.set(keyword, value.deepCopy());
    }
  }
}
