package dev.sagelint.core.rules.hygiene;

import com.networknt.schema.InputFormat;
import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.schema.StreamingSchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The JSON type the bundled schema expects at a pointer ({@code string}, {@code integer},
 * {@code number}, {@code boolean}, {@code object}, {@code array}), so a rule can tell whether a
 * scalar's reading matters there. The generated schemas only use {@code $ref} to {@code $defs},
 * {@code properties}, {@code additionalProperties} and {@code items}, which is all this follows.
 * Each schema is read once and kept; the cache does not make rules stateful, it only saves I/O.
 */
public final class SchemaTypes {
  private static final Map<String, JsonNode> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaTypes() {}

  /**
   * The expected type at {@code pointer}, or {@code null} when the schema does not say (unknown
   * member) or allows several (a response timestamp is {@code ["string", "number"]}).
   */
  public static String typeAt(ApiVersion version, DocumentKind kind, String pointer) {
    return typeOf(schemaAt(version, kind, pointer));
  }

  /** The single type {@code schema} names, or {@code null} (none, or a list of types). */
  public static String typeOf(JsonNode schema) {
    return schema == null || !schema.has("type") || !schema.get("type").isString() ? null
        : schema.get("type").asString();
  }

  /** The (resolved) schema of the value at {@code pointer}, or {@code null} when the schema does not say. */
  public static JsonNode schemaAt(ApiVersion version, DocumentKind kind, String pointer) {
    JsonNode root = SCHEMAS.computeIfAbsent(SchemaValidator.schemaResource(version, kind), SchemaTypes::load);
    JsonNode node = resolve(root, root);
    for (String token : JsonPointer.tokens(pointer)) {
      if (node == null) {
        return null;
      }
      String type = node.path("type").isString() ? node.get("type").asString() : "";
      if (type.equals("object")) {
        JsonNode next = node.path("properties").get(token);
        if (next == null && node.path("additionalProperties").isObject()) {
          next = node.get("additionalProperties");
        }
        node = resolve(root, next);
      } else if (type.equals("array") && token.chars().allMatch(Character::isDigit)) {
        node = resolve(root, node.get("items"));
      } else {
        return null;
      }
    }
    return node;
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref") && hops++ < 32) {
      String ref = node.get("$ref").asString();
      if (!ref.startsWith("#/$defs/")) {
        return null;
      }
      node = root.path("$defs").get(ref.substring("#/$defs/".length()));
    }
    return node;
  }

  private static JsonNode load(String resource) {
    try (InputStream in = SchemaTypes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled schema " + resource);
      }
      // Our reader, not a JsonMapper: building one costs a run ~0.1 s (docs/performance.md).
      return StreamingSchemaReader.INSTANCE.readTree(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
