package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import dev.sagelint.schemas.support.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* The mapping on a small synthetic model with everything the bundled models do not (yet) contain:
* recursion (also through the root), unions, documents, blobs, long/double, deprecation.
*/
class SchemaDocumentBuilderTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String SHAPES = """
            {
              "Root": {"type": "structure", "required": ["Name"], "members": {
                "Name": {"shape": "Name", "documentation": "<p>Prose that must not be copied.</p>"},
                "Tree": {"shape": "Node"},
                "Parent": {"shape": "Root"},
                "Choice": {"shape": "Choice"},
                "Free": {"shape": "Free"},
                "Data": {"shape": "Data"},
                "Big": {"shape": "Big"},
                "Ratio": {"shape": "Ratio"},
                "Old": {"shape": "Name", "deprecated": true},
                "Labels": {"shape": "Labels"},
                "Count": {"shape": "Count"},
                "Positive": {"shape": "Positive"},
                "Wide": {"shape": "Wide"},
                "Huge": {"shape": "Huge"}
              }, "documentation": "<p>More prose.</p>"},
              "Name": {"type": "string", "min": 0, "max": 5, "pattern": "[a-z]+|[0-9]+"},
              "Node": {"type": "structure", "members": {"Children": {"shape": "NodeList"}, "Name": {"shape": "Name"}}},
              "NodeList": {"type": "list", "member": {"shape": "Node"}, "min": 0, "max": 2},
              "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "Name"}, "B": {"shape": "Big"}}},
              "Free": {"type": "structure", "document": true},
              "Data": {"type": "blob", "min": 1, "max": 10},
              "Big": {"type": "long", "min": -5, "max": 9007199254740991},
              "Ratio": {"type": "double", "min": 0.5, "max": 1.5, "deprecated": true},
              "Labels": {"type": "map", "key": {"shape": "LabelKey"}, "value": {"shape": "Name"}, "min": 1, "max": 2},
              "LabelKey": {"type": "string", "enum": ["x", "y", "z"]},
              "Count": {"type": "integer"},
              "Positive": {"type": "integer", "min": 1},
              "Wide": {"type": "integer", "min": -3000000000, "max": 10},
              "Huge": {"type": "long"}
            }""";

  private static JsonNode build() {
    BotocoreModel model = BotocoreModel.ofShapes("2099-01-01", MAPPER.readTree(SHAPES));
    return SchemaDocumentBuilder.build(model, "Root", "https://sagelint.dev/schemas/test/Root.schema.json", "Synthetic");
  }

  private static Set<Finding> validate(String json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()))
        .getSchema(build());
    return Finding.of(schema.validate(MAPPER.readTree(json)));
  }

  @Test
  void mapsEveryShapeTypeAsDocumented() {
    JsonNode schema = build();
    JsonNode defs = schema.path("$defs");
    assertEquals(List.of("Big", "Choice", "Count", "Data", "Free", "Huge", "LabelKey", "Labels", "Name", "Node",
            "NodeList", "Positive", "Ratio", "Wide"),
        List.copyOf(defs.propertyNames()), "every reachable shape but the root, sorted");
    assertEquals("#", schema.path("properties").path("Parent").path("$ref").asString(), "recursion through the root");
    assertEquals("{\"title\":\"Name\",\"type\":\"string\",\"maxLength\":5,\"pattern\":\"^(?:[a-z]+|[0-9]+)$\"}",
        defs.path("Name").toString(), "min 0 omitted, alternation kept inside the anchors");
    assertEquals("{\"$ref\":\"#/$defs/Name\",\"deprecated\":true}", schema.path("properties").path("Old").toString());
    assertEquals("{\"title\":\"Free\"}", defs.path("Free").toString(), "a document shape accepts any JSON");
    assertEquals("{\"title\":\"Data\",\"type\":\"string\",\"contentEncoding\":\"base64\"}", defs.path("Data").toString());
    assertEquals("{\"title\":\"Big\",\"type\":\"integer\",\"minimum\":-5,\"maximum\":9007199254740991}", defs.path("Big").toString());
    assertEquals("{\"title\":\"Ratio\",\"deprecated\":true,\"type\":\"number\",\"minimum\":0.5,\"maximum\":1.5}", defs.path("Ratio").toString());
    assertEquals(1, defs.path("Choice").path("minProperties").asInt());
    assertEquals(1, defs.path("Choice").path("maxProperties").asInt());
    assertEquals("{\"title\":\"Labels\",\"type\":\"object\",\"propertyNames\":{\"$ref\":\"#/$defs/LabelKey\"},"
        + "\"additionalProperties\":{\"$ref\":\"#/$defs/Name\"},\"minProperties\":1,\"maxProperties\":2}", defs.path("Labels").toString());
    assertTrue(!schema.toString().contains("Prose") && !schema.toString().contains("<p>"), "no documentation copied");
  }

  @Test
  void integersAndLongsGetTheRangeOfTheirTypeWhereTheModelStatesNoTighterOne() {
    JsonNode defs = build().path("$defs");
    assertEquals("{\"title\":\"Count\",\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}",
        defs.path("Count").toString(), "no bound in the model: the 32-bit range");
    assertEquals("{\"title\":\"Positive\",\"type\":\"integer\",\"minimum\":1,\"maximum\":2147483647}",
        defs.path("Positive").toString(), "the model's minimum is kept");
    assertEquals("{\"title\":\"Wide\",\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":10}",
        defs.path("Wide").toString(), "a model bound looser than the type's gives way to it");
    assertEquals("{\"title\":\"Huge\",\"type\":\"integer\",\"minimum\":-9223372036854775808,"
        + "\"maximum\":9223372036854775807}", defs.path("Huge").toString(), "a long: the 64-bit range");

    assertEquals(Set.of(), validate("{\"Name\":\"a\",\"Count\":2147483647,\"Wide\":-2147483648,"
        + "\"Huge\":-9223372036854775808}"));
    assertEquals(Set.of(Finding.at("/Count", "maximum")), validate("{\"Name\":\"a\",\"Count\":2147483648}"));
    assertEquals(Set.of(Finding.at("/Count", "minimum")), validate("{\"Name\":\"a\",\"Count\":-2147483649}"));
    assertEquals(Set.of(Finding.at("/Wide", "minimum")), validate("{\"Name\":\"a\",\"Wide\":-2147483649}"));
    assertEquals(Set.of(Finding.at("/Huge", "maximum")),
        validate("{\"Name\":\"a\",\"Huge\":9223372036854775808}"));
  }

  @Test
  void recursiveShapesValidate() {
    assertEquals(Set.of(), validate("""
                {"Name": "ab", "Tree": {"Name": "x", "Children": [{"Children": [{"Name": "123"}]}, {}]},
                 "Parent": {"Name": "up", "Parent": {"Name": "upup"}}}"""));
    assertEquals(Set.of(Finding.at("/Tree/Children/0/Children/0/Name", "pattern"), Finding.at("/Tree/Children/0/Children", "maxItems")),
        validate("""
                        {"Name": "ab", "Tree": {"Children": [{"Children": [{"Name": "a1"}, {}, {}]}]}}"""));
    assertEquals(Set.of(new Finding("/Parent/Parent", "required", "Name")),
        validate("{\"Name\": \"a\", \"Parent\": {\"Name\": \"b\", \"Parent\": {}}}"));
  }

  @Test
  void unionsTakeExactlyOneMemberAndMapsCheckKeys() {
    assertEquals(Set.of(), validate("{\"Name\": \"a\", \"Choice\": {\"B\": 3}, \"Labels\": {\"x\": \"1\"}, \"Free\": [1, {\"any\": null}]}"));
    assertEquals(Set.of(Finding.at("/Choice", "maxProperties")), validate("{\"Name\": \"a\", \"Choice\": {\"A\": \"a\", \"B\": 3}}"));
    assertEquals(Set.of(Finding.at("/Choice", "minProperties")), validate("{\"Name\": \"a\", \"Choice\": {}}"));
    assertEquals(Set.of(new Finding("/Labels", "propertyNames", "w")), validate("{\"Name\": \"a\", \"Labels\": {\"w\": \"1\"}}"));
    assertEquals(Set.of(Finding.at("/Big", "type")), validate("{\"Name\": \"a\", \"Big\": 2.5}"));
  }

  @Test
  void unknownShapeTypesFailLoudly() {
    BotocoreModel model = BotocoreModel.ofShapes("2099-01-01", MAPPER.readTree(
        "{\"Root\": {\"type\": \"structure\", \"members\": {\"S\": {\"shape\": \"S\"}}}, \"S\": {\"type\": \"stream\"}}"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchemaDocumentBuilder.build(model, "Root", "urn:x", "x"));
    assertTrue(e.getMessage().contains("'stream'"), e.getMessage());
  }

  @Test
  void requiredMembersMustExist() {
    BotocoreModel model = BotocoreModel.ofShapes("2099-01-01", MAPPER.readTree(
        "{\"Root\": {\"type\": \"structure\", \"required\": [\"Missing\"], \"members\": {}}}"));
    assertThrows(IllegalArgumentException.class, () -> SchemaDocumentBuilder.build(model, "Root", "urn:x", "x"));
  }
}
