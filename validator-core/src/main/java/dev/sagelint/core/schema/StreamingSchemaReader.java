package dev.sagelint.core.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the bundled schemas (JSON only) into Jackson's tree with the streaming parser and the
 * node factory. networknt's default reader builds a full {@code JsonMapper} for this, whose
 * initialisation is about a sixth of a one-file run's CPU (docs/performance.md); building nodes
 * directly gives the same tree without it.
 */
final class StreamingSchemaReader implements NodeReader {
  static final StreamingSchemaReader INSTANCE = new StreamingSchemaReader();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final JsonFactory factory = JsonFactory.builder().build();

  private StreamingSchemaReader() {}

  @Override
  public JsonNode readTree(String content, InputFormat format) {
    return readTree(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format);
  }

  @Override
  public JsonNode readTree(InputStream in, InputFormat format) {
    if (format != InputFormat.JSON) {
      // Only our generated JSON schemas are ever read; instances go through TreeConverter.
      throw new IllegalArgumentException("bundled schemas are JSON, not " + format);
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty schema document");
      }
      return value(p, first);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          a.add(value(p, i));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        // Exact decimals, as networknt's own schema reader keeps them (none of ours has one yet).
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token in schema: " + t);
    }
  }
}
