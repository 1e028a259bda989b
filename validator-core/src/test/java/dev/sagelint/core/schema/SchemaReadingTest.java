package dev.sagelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two replacements that keep jackson-databind's JsonMapper out of a lint run (docs/
 * performance.md) must not change what networknt sees or decides.
 */
class SchemaReadingTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void theStreamingReaderBuildsTheSameTreeAsJackson(ApiVersion version) throws IOException {
    for (DocumentKind kind : DocumentKind.values()) {
      String resource = SchemaValidator.schemaResource(version, kind);
      JsonNode expected;
      JsonNode actual;
      try (InputStream a = SchemaReadingTest.class.getClassLoader().getResourceAsStream(resource);
          InputStream b = SchemaReadingTest.class.getClassLoader().getResourceAsStream(resource)) {
        expected = MAPPER.readTree(a);
        actual = StreamingSchemaReader.INSTANCE.readTree(b, InputFormat.JSON);
      }
      assertEquals(expected, actual, resource);
    }
  }

  @Test
  void theReaderKeepsNumbersExactAndRefusesYaml() {
    JsonNode n = StreamingSchemaReader.INSTANCE.readTree(
        "{\"a\": 1, \"b\": 9223372036854775808, \"c\": 0.1, \"d\": [true, null, \"x\"]}", InputFormat.JSON);
    assertEquals("1", n.get("a").asString());
    assertEquals("9223372036854775808", n.get("b").bigIntegerValue().toString());
    assertEquals("0.1", n.get("c").decimalValue().toString());
    assertTrue(n.get("d").get(0).booleanValue());
    assertTrue(n.get("d").get(1).isNull());
    assertThrows(IllegalArgumentException.class,
        () -> StreamingSchemaReader.INSTANCE.readTree("a: 1", InputFormat.YAML));
  }

  /** Our enum against networknt's own, on the same schema and instance. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[\"Serial\", \"Direct\"]     | \"Serial\"",
      "[\"Serial\", \"Direct\"]     | \"serial\"",
      "[\"Serial\", \"Direct\"]     | \"Serial \"",
      "[\"Serial\", \"Direct\"]     | 1",
      "[1, 2.5, \"1\"]              | 1.0",
      "[1, 2.5, \"1\"]              | 2.50",
      "[1, 2.5, \"1\"]              | 2",
      "[1, 2.5, \"1\"]              | \"1\"",
      "[true, null]                 | null",
      "[true, null]                 | false",
      "[{\"a\": [1, 2]}, [1]]       | {\"a\": [1.0, 2]}",
      "[{\"a\": [1, 2]}, [1]]       | {\"a\": [2, 1]}",
      "[{\"a\": [1, 2]}, [1]]       | [1.0]",
      "[{\"a\": 1}]                 | {\"a\": 1, \"b\": 2}",
  })
  void enumDecidesLikeNetworknt(String members, String instance) {
    String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"enum\": " + members + "}";
    JsonNode value = MAPPER.readTree(instance);
    Dialect ours = Dialect.builder(Dialects.getDraft202012()).keyword(EnumKeyword.INSTANCE).build();
    List<Error> expected = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema).validate(value);
    Schema withOurs = SchemaRegistry.withDefaultDialect(ours).getSchema(schema);
    List<Error> actual = withOurs.validate(value);
    assertEquals(expected.size(), actual.size(), members + " against " + instance);
    for (int i = 0; i < actual.size(); i++) {
      assertEquals(expected.get(i).getKeyword(), actual.get(i).getKeyword());
      assertEquals(expected.get(i).getInstanceLocation(), actual.get(i).getInstanceLocation());
      assertEquals(expected.get(i).getMessage(), actual.get(i).getMessage());
    }
  }

  @Test
  void theBundledSchemasUseOurEnum() {
    // A misspelt enum value still fails through the validator sagelint really builds.
    var doc = new dev.sagelint.core.parse.DocumentParser().parse(dev.sagelint.core.parse.SourceFile.of(
        "t.yaml", "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
            + "    InstanceType: ml.m5.large\n    InitialInstanceCount: 1\n"
            + "    RoutingConfig: {RoutingStrategy: ROUND_ROBIN}\n")).documents().get(0);
    List<SchemaViolation> v = new SchemaValidator().validate(doc, DocumentKind.CREATE_ENDPOINT_CONFIG,
        ApiVersion.V2026_08_07);
    assertEquals(List.of("enum /ProductionVariants/0/RoutingConfig/RoutingStrategy"),
        v.stream().map(x -> x.keyword() + " " + x.pointer()).toList());
    assertFalse(v.get(0).fallbackMessage().isEmpty());
  }
}
