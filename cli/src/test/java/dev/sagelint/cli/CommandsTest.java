package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The commands whose output is generated from data that other work changes (rules, schemas). */
class CommandsTest {
  private static final Path CWD = GoldenTest.ROOT;

  @Test
  void schemaPrintsTheBundledSchemaOfTheKindAndVersion() throws IOException {
    CliRunner.Result r = CliRunner.run(CWD, "schema", "create-model", "--api-version", "2021-02-22");
    assertEquals(0, r.exitCode());
    String resource = SchemaValidator.schemaResource(ApiVersion.V2021_02_22, DocumentKind.CREATE_MODEL);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected.endsWith("\n") ? expected : expected + "\n", r.stdout());
    }
  }

  @Test
  void schemaRejectsAnUnknownKind() {
    CliRunner.Result r = CliRunner.run(CWD, "schema", "Endpoint");
    assertEquals(2, r.exitCode());
    assertEquals("sagelint: unknown document kind 'Endpoint' (expected CreateModel, "
        + "CreateEndpointConfig, DescribeModel or DescribeEndpointConfig)\n", r.stderr());
  }

  @Test
  void explainPrintsTheGeneratedRulePageWithoutItsGeneratorNote() throws IOException {
    CliRunner.Result r = CliRunner.run(CWD, "explain", "sm010");
    assertEquals(0, r.exitCode());
    String page = Files.readString(GoldenTest.ROOT.resolve("docs/rules/SM010.md"));
    assertTrue(page.startsWith("<!--"), "the generated page starts with its note");
    assertEquals(ExplainCommand.withoutGeneratorNote(page), r.stdout());
    assertTrue(r.stdout().startsWith("# SM010"), r.stdout());
  }

  @Test
  void withoutABundledPageExplainRendersOneFromTheMetadata() {
    String page = ExplainCommand.fallbackPage(RuleCatalog.defaults().find("SM010").orElseThrow());
    assertTrue(page.startsWith("# SM010: Suppression matches nothing\n\n- Severity: info\n"), page);
    assertTrue(page.contains("\n## What it finds\n\nA `# sagelint: disable-next-line RULE`"), page);
  }

  @Test
  void rulesListsEveryRuleOnceAndFiltersByPrefixKindAndSeverity() {
    CliRunner.Result all = CliRunner.run(CWD, "rules");
    assertEquals(0, all.exitCode());
    assertEquals(RuleCatalog.defaults().all().size() + 1, all.stdout().lines().count());
    CliRunner.Result info = CliRunner.run(CWD, "rules", "SM0", "--severity", "info");
    assertEquals("ID     SEVERITY API VERSIONS           TITLE\n"
        + "SM010  info     all                    Suppression matches nothing\n", info.stdout());
  }

  @Test
  void generatesABashCompletionScript() {
    CliRunner.Result r = CliRunner.run(CWD, "generate-completion");
    assertEquals(0, r.exitCode());
    assertTrue(r.stdout().startsWith("#!/usr/bin/env bash"), r.stdout().lines().findFirst().orElse(""));
    assertTrue(r.stdout().contains("complete -F _complete_sagelint"), "registers the completion function");
    assertTrue(r.stdout().contains("--write-baseline"), "completes lint options");
  }
}
