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
import java.util.function.Consumer;
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

/**
* The CloudFormation views have the form of the API request schemas, so the SM1xx rules read them the same
* way: same header and layout, the same keyword forms (plus a root {@code description} naming the sources),
* anchored patterns, valid draft 2020-12, and no AWS documentation text.
*/
class CloudFormationSchemaFormTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The API schemas' keywords; {@code description} only at the root (checked separately). */
  private static final Set<String> ALLOWED_KEYWORDS = Set.of("$schema", "$id", "$comment", "$defs", "$ref", "title",
      "deprecated", "type", "format", "contentEncoding", "enum", "minLength", "maxLength", "pattern", "minimum",
      "maximum", "items", "minItems", "maxItems", "properties", "required", "additionalProperties", "propertyNames",
      "minProperties", "maxProperties");

  static Stream<Arguments> views() {
    List<Arguments> out = new ArrayList<>();
    for (String version : BundledSchemas.VERSIONS) {
      for (CloudFormationResource resource : CloudFormationResource.values()) {
        out.add(Arguments.of(version, resource));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void hasTheHeaderLayoutAndSources(String version, CloudFormationResource resource) throws IOException {
    String text = read(version, resource);
    JsonNode schema = MAPPER.readTree(text);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asString());
    assertEquals("https://sagelint.dev/schemas/" + version + "/cloudformation/" + resource.typeName().replace("::", "-")
        + ".schema.json", schema.path("$id").asString());
    assertEquals(BundledSchemas.cloudFormationSchemaId(version, resource.typeName()), schema.path("$id").asString());
    assertEquals("CloudFormation " + resource.typeName() + " properties (API model " + version + ")",
        schema.path("title").asString());
    String description = schema.path("description").asString("");
    assertTrue(description.contains(resource.resourceSchemaFile()) && description.contains("botocore SageMaker model " + version),
        "the description names both sources: " + description);
    assertEquals("object", schema.path("type").asString());
    assertEquals(false, schema.path("additionalProperties").asBoolean(true));
    assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), "one trailing newline");
    assertFalse(text.contains("\r"), "LF line ends only");
    assertTrue(text.startsWith("{\n  \"$schema\": "), "2-space indentation, \"key\": value");

    List<String> defs = new ArrayList<>(schema.path("$defs").propertyNames());
    assertEquals(new ArrayList<>(new TreeSet<>(defs)), defs, "$defs sorted by name");
    for (String name : defs) {
      assertEquals(name, schema.path("$defs").path(name).path("title").asString(), "title of $defs/" + name);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void refsResolvePatternsAreAnchoredAndOnlyTheApiSchemasKeywordsAreUsed(String version, CloudFormationResource resource)
      throws IOException {
    JsonNode schema = MAPPER.readTree(read(version, resource));
    List<String> problems = new ArrayList<>();
    Set<String> referenced = new TreeSet<>();
    boolean[] root = {true};
    visitSchemas(schema, node -> {
      for (String keyword : node.propertyNames()) {
        if (!ALLOWED_KEYWORDS.contains(keyword) && !(root[0] && keyword.equals("description"))) {
          problems.add("unexpected keyword " + keyword);
        }
      }
      root[0] = false;
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String target = ref.asString();
        if (target.startsWith("#/$defs/") && schema.path("$defs").has(target.substring("#/$defs/".length()))) {
          referenced.add(target.substring("#/$defs/".length()));
        } else {
          problems.add("dangling $ref " + target);
        }
      }
      JsonNode pattern = node.get("pattern");
      if (pattern != null) {
        String p = pattern.asString();
        if (!p.startsWith("^(?:") || !p.endsWith(")$")) {
          problems.add("pattern not anchored: " + p);
        }
        Pattern.compile(p);
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(new TreeSet<>(schema.path("$defs").propertyNames()), referenced, "every $defs entry is used");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void isAValidDraft202012Schema(String version, CloudFormationResource resource) throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    var errors = metaSchema.validate(MAPPER.readTree(read(version, resource)));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void containsNoDocumentationFromTheModel(String version, CloudFormationResource resource) throws IOException {
    String text = read(version, resource);
    for (String marker : List.of("<p>", "</p>", "<code>", "<a href", "<note>", "<ul>", "<li>", "<b>", "<i>")) {
      assertFalse(text.contains(marker), "HTML from AWS documentation found: " + marker);
    }
    RawModel model = RawModel.load(version);
    Set<String> shapes = new TreeSet<>();
    resource.apiRootShapes().forEach(root -> shapes.addAll(model.reachableFrom(root)));
    int checked = 0;
    for (String doc : model.documentationOf(shapes)) {
      String plain = doc.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
      if (plain.length() < 30) {
        continue;
      }
      checked++;
      String probe = plain.substring(0, Math.min(60, plain.length()));
      assertFalse(text.contains(probe), "documentation text found in schema: " + probe);
    }
    assertTrue(checked >= 10, "documentation strings checked: " + checked);
  }

  private static String read(String version, CloudFormationResource resource) throws IOException {
    String path = BundledSchemas.cloudFormationResourcePath(version, resource.typeName());
    try (InputStream in = CloudFormationSchemaFormTest.class.getClassLoader().getResourceAsStream(path)) {
      assertTrue(in != null, "not on the class path: " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void visitSchemas(JsonNode node, Consumer<JsonNode> visitor) {
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
}
