package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.sagelint.schemas.support.RawModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schema files have the promised form and contain model facts only, no AWS prose. */
class GeneratedSchemaFormTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every keyword the generator may emit; anything else (description, examples, default...) is a leak. */
  private static final Set<String> ALLOWED_KEYWORDS = Set.of("$schema", "$id", "$comment", "$defs", "$ref", "title",
      "deprecated", "type", "format", "contentEncoding", "enum", "minLength", "maxLength", "pattern", "minimum",
      "maximum", "items", "minItems", "maxItems", "properties", "required", "additionalProperties", "propertyNames",
      "minProperties", "maxProperties");

  static Stream<Arguments> schemas() {
    List<Arguments> out = new ArrayList<>();
    for (String version : BundledSchemas.VERSIONS) {
      for (SchemaKind kind : SchemaKind.values()) {
        out.add(Arguments.of(version, kind));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemas")
  void hasTheDocumentedHeaderAndLayout(String version, SchemaKind kind) throws IOException {
    String text = read(version, kind);
    JsonNode schema = MAPPER.readTree(text);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asString());
    assertEquals("https://sagelint.dev/schemas/" + version + "/" + kind.kindName() + ".schema.json", schema.path("$id").asString());
    assertEquals(BundledSchemas.schemaId(version, kind), schema.path("$id").asString());
    assertFalse(schema.path("title").asString("").isBlank(), "title");
    assertEquals("object", schema.path("type").asString());
    assertEquals(false, schema.path("additionalProperties").asBoolean(true));
    assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), "one trailing newline");
    assertFalse(text.contains("\r"), "LF line ends only");
    assertTrue(text.startsWith("{\n  \"$schema\": "), "2-space indentation, \"key\": value");

    List<String> defs = new ArrayList<>(schema.path("$defs").propertyNames());
    List<String> sorted = new ArrayList<>(new TreeSet<>(defs));
    assertEquals(sorted, defs, "$defs sorted by shape name");
    for (String name : defs) {
      assertEquals(name, schema.path("$defs").path(name).path("title").asString(), "title of $defs/" + name);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemas")
  void defsAreExactlyTheShapesReachableFromTheRoot(String version, SchemaKind kind) throws IOException {
    RawModel model = RawModel.load(version);
    JsonNode schema = MAPPER.readTree(read(version, kind));
    Set<String> reachable = new TreeSet<>(model.reachableFrom(kind.rootShape()));
    reachable.remove(kind.rootShape()); // the root is the document itself
    assertEquals(reachable, new TreeSet<>(schema.path("$defs").propertyNames()));
    assertEquals(List.copyOf(model.members(kind.rootShape()).stream().map(m -> m.getKey()).toList()),
        List.copyOf(schema.path("properties").propertyNames()), "root properties in model member order");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemas")
  void refsResolvePatternsAreAnchoredAndOnlyKnownKeywordsAreUsed(String version, SchemaKind kind) throws IOException {
    JsonNode schema = MAPPER.readTree(read(version, kind));
    List<String> problems = new ArrayList<>();
    visitSchemas(schema, node -> {
      for (String keyword : node.propertyNames()) {
        if (!ALLOWED_KEYWORDS.contains(keyword)) {
          problems.add("unexpected keyword " + keyword);
        }
      }
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String target = ref.asString();
        boolean ok = target.equals("#") || (target.startsWith("#/$defs/")
            && schema.path("$defs").has(target.substring("#/$defs/".length())));
        if (!ok) {
          problems.add("dangling $ref " + target);
        }
      }
      JsonNode pattern = node.get("pattern");
      if (pattern != null) {
        String p = pattern.asString();
        if (!p.startsWith("^(?:") || !p.endsWith(")$")) {
          problems.add("pattern not anchored: " + p);
        }
        Pattern.compile(p); // must be valid Java regex syntax (\p{L} and friends)
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemas")
  void isAValidDraft202012Schema(String version, SchemaKind kind) throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    var errors = metaSchema.validate(MAPPER.readTree(read(version, kind)));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemas")
  void containsNoDocumentationFromTheModel(String version, SchemaKind kind) throws IOException {
    String text = read(version, kind);
    for (String marker : List.of("<p>", "</p>", "<code>", "<a href", "<note>", "<ul>", "<li>", "<b>", "<i>")) {
      assertFalse(text.contains(marker), "HTML from AWS documentation found: " + marker);
    }
    JsonNode schema = MAPPER.readTree(text);
    List<String> strings = new ArrayList<>();
    collectStrings(schema, strings);
    RawModel model = RawModel.load(version);
    int checked = 0;
    for (String doc : model.documentationOf(model.reachableFrom(kind.rootShape()))) {
      String plain = doc.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
      if (plain.length() < 30) {
        continue; // too short to be prose worth protecting, and could collide with a title
      }
      String probe = plain.substring(0, Math.min(60, plain.length()));
      checked++;
      for (String s : strings) {
        assertFalse(s.contains(probe) || s.contains(doc.substring(0, Math.min(60, doc.length()))),
            "documentation text found in schema: " + probe);
      }
    }
    assertTrue(checked >= 10, "the reachable shapes should carry plenty of documentation to check against, found " + checked);
  }

  // ------------------------------------------------------------------ helpers

  private static String read(String version, SchemaKind kind) throws IOException {
    try (InputStream in = BundledSchemas.open(version, kind)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Calls {@code visitor} on every subschema (root, $defs entries, properties, items, map parts). */
  private static void visitSchemas(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
    if (!node.isObject()) {
      return;
    }
    visitor.accept(node);
    for (String container : List.of("$defs", "properties")) {
      node.path(container).values().forEach(child -> visitSchemas(child, visitor));
    }
    for (String single : List.of("items", "additionalProperties", "propertyNames")) {
      visitSchemas(node.path(single), visitor);
    }
  }

  private static void collectStrings(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.asString());
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        out.add(e.getKey());
        collectStrings(e.getValue(), out);
      });
    } else if (node.isArray()) {
      node.values().forEach(v -> collectStrings(v, out));
    }
  }
}
