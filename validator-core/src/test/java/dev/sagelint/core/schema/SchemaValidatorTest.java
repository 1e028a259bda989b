package dev.sagelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.rules.schema.SchemaRules;
import dev.sagelint.core.testing.ConnectionCounter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaValidatorTest {
  private final SchemaValidator validator = new SchemaValidator();

  private static ParsedDocument doc(String yaml) {
    return new DocumentParser().parse(SourceFile.of("t.yaml", yaml)).documents().get(0);
  }

  private List<String> keywords(String yaml, DocumentKind kind, ApiVersion v) {
    return validator.validate(doc(yaml), kind, v).stream().map(x -> x.keyword() + " " + x.pointer()).toList();
  }

  @Test
  void modelNameWithUnderscoreIsRejectedUnderTheNewestModel() {
    assertEquals(List.of("pattern /ModelName"),
        keywords("ModelName: churn_model\n", DocumentKind.CREATE_MODEL, ApiVersion.V2026_08_07));
  }

  @Test
  void patternsMatchTheWholeValueIncludingATrailingNewline() {
    // A quoted YAML string can carry a final line break; Java's $ would accept it, AWS does not.
    assertEquals(List.of("pattern /ModelName"),
        keywords("ModelName: \"churn\\n\"\n", DocumentKind.CREATE_MODEL, ApiVersion.V2026_08_07));
    assertEquals(List.of(),
        keywords("ModelName: churn\n", DocumentKind.CREATE_MODEL, ApiVersion.V2026_08_07));
  }

  @Test
  void executionRoleIsRequiredOnlyUnderTheOlderModel() {
    assertEquals(List.of("required "),
        keywords("ModelName: churn\n", DocumentKind.CREATE_MODEL, ApiVersion.V2021_02_22));
  }

  @Test
  void numbersBeyondTheLongRangeAreComparedNotThrown() {
    // Regression: networknt read these through asLong() and threw, which crashed the whole run.
    // They break the 32-bit range of the integer member (the schemas carry it since the model's
    // integer is 32-bit; before that they validated clean).
    String ec = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    InstanceType: ml.m5.large\n    InitialInstanceCount: %s\n";
    for (String n : List.of("1e30", "1.5e400", "1e999999999", "12345678901234567890.5", "2147483648")) {
      assertEquals(List.of("maximum /ProductionVariants/0/InitialInstanceCount"),
          keywords(ec.formatted(n), DocumentKind.CREATE_ENDPOINT_CONFIG, ApiVersion.V2026_08_07), n);
    }
    assertEquals(List.of(), keywords(ec.formatted("2147483647"), DocumentKind.CREATE_ENDPOINT_CONFIG,
        ApiVersion.V2026_08_07));
    for (String n : List.of("-1e30", "-1e999999999")) {
      assertEquals(List.of("minimum /ProductionVariants/0/InitialInstanceCount"),
          keywords(ec.formatted(n), DocumentKind.CREATE_ENDPOINT_CONFIG, ApiVersion.V2026_08_07), n);
    }
  }

  @Test
  void unknownSchemaKeywordsFallBackToTheGenericRule() {
    SchemaValidator custom = new SchemaValidator("https://test.sagelint.dev/", "classpath:test-schemas/",
        getClass().getClassLoader());
    List<SchemaViolation> v = custom.validate(doc("Count: 3\n"), "https://test.sagelint.dev/fallback.schema.json");
    assertEquals(1, v.size());
    assertEquals("multipleOf", v.get(0).keyword());
    Object fallback = SchemaRules.all().stream()
        .filter(r -> r.getClass().getSimpleName().equals("OtherSchemaViolation")).findFirst().orElseThrow();
    Described d = ((SchemaKeywordRule) fallback).describe(v.get(0));
    assertEquals("/Count", d.pointer());
    assertEquals(1, d.span().startLine());
    assertTrue(d.message().startsWith("`Count` violates the API schema: "), d.message());
  }

  @Test
  void aRemoteRefFailsClearlyWithoutAnyConnection(@TempDir Path dir) throws IOException {
    try (ConnectionCounter server = new ConnectionCounter()) {
      String schema = new String(getClass().getClassLoader()
          .getResourceAsStream("test-schemas/remote-ref.schema.json").readAllBytes(), StandardCharsets.UTF_8)
          .replace("PORT", String.valueOf(server.port()));
      Path root = dir.resolve("patched");
      Files.createDirectories(root);
      Files.writeString(root.resolve("remote-ref.schema.json"), schema);
      SchemaLoadException e;
      try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
        SchemaValidator custom = new SchemaValidator("https://test.sagelint.dev/", "classpath:patched/", loader);
        // networknt's own class-path loader reads through the context class loader.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
          e = assertThrows(SchemaLoadException.class, () -> custom.validate(doc("A: 1\n"),
              "https://test.sagelint.dev/remote-ref.schema.json"));
        } finally {
          Thread.currentThread().setContextClassLoader(previous);
        }
      }
      assertTrue(e.getMessage().contains(server.url() + "evil.schema.json"), e.getMessage());
      assertTrue(e.getMessage().contains("never from the network"), e.getMessage());
      assertTrue(e.getMessage().contains("remote-ref.schema.json"), e.getMessage());
      assertEquals(0, server.connections(), "no connection may be attempted");
    }
  }
}
