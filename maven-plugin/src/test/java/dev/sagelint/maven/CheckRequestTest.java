package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Severity;
import dev.sagelint.core.config.FailOn;
import dev.sagelint.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter-to-request mapping: defaults, precedence over the configuration file, validation. */
class CheckRequestTest {
  @TempDir
  Path basedir;

  private CheckRequest resolve(Params p) throws CheckConfigurationException {
    return CheckRequest.from(p.build(), RuleCatalog.defaults());
  }

  private String failure(Params p) {
    return assertThrows(CheckConfigurationException.class, () -> resolve(p)).getMessage();
  }

  private Path dir(String relative) throws IOException {
    return Files.createDirectories(basedir.resolve(relative));
  }

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void withNothingSetTheDefaultsApply() throws Exception {
    Path sagemaker = dir("src/main/sagemaker");
    Path resources = dir("src/main/resources");

    CheckRequest r = resolve(Params.of(basedir));

    assertEquals(List.of(sagemaker, resources), r.sourceDirectories());
    assertEquals(FailOn.ERROR, r.failOn());
    assertEquals(ApiVersion.latest(), r.options().apiVersion());
    assertEquals(Optional.empty(), r.options().region());
    assertEquals(Optional.empty(), r.baseline());
    assertTrue(r.includes().isEmpty() && r.excludes().isEmpty());
    assertTrue(r.config().file().isEmpty());
    Path out = basedir.resolve("target/sagelint");
    assertEquals(List.of(out.resolve("sagelint.json"), out.resolve("sagelint.sarif"),
        out.resolve("sagelint-junit.xml")), r.reports().stream().map(ReportTarget::file).toList());
    assertEquals(List.of("json", "sarif", "junit"),
        r.reports().stream().map(t -> t.renderer().name()).toList());
  }

  @Test
  void listedSourceDirectoriesComeAfterTheDefaultsAndMissingOnesAreIgnored() throws Exception {
    Path resources = dir("src/main/resources");
    Path specs = dir("deploy/specs");

    CheckRequest r = resolve(Params.of(basedir).sourceDirectories(
        Path.of("deploy/specs"), basedir.resolve("does/not/exist"), resources, specs));

    // src/main/sagemaker does not exist; resources and specs are listed twice but linted once.
    assertEquals(List.of(resources, specs), r.sourceDirectories());
  }

  @Test
  void noExistingSourceDirectoryMeansNothingToLint() throws Exception {
    assertEquals(List.of(), resolve(Params.of(basedir)).sourceDirectories());
  }

  @Test
  void parametersOverrideTheConfigurationFile() throws Exception {
    write(basedir.resolve(".sagelint.yaml"), """
        api-version: 2021-02-22
        region: eu-west-1
        fail-on: warning
        baseline: config-baseline.json
        rules:
          SM105: off
        """);

    CheckRequest fromConfig = resolve(Params.of(basedir));
    assertEquals(ApiVersion.V2021_02_22, fromConfig.options().apiVersion());
    assertEquals(Optional.of("eu-west-1"), fromConfig.options().region());
    assertEquals(FailOn.WARNING, fromConfig.failOn());
    assertEquals(Optional.of(basedir.resolve("config-baseline.json")), fromConfig.baseline());
    assertFalse(fromConfig.options().isEnabled("SM105"), "rules: from the file are applied");

    CheckRequest overridden = resolve(Params.of(basedir).apiVersion("2026-08-07")
        .region("us-east-2").failOn("none").baseline(Path.of("other.json")));
    assertEquals(ApiVersion.V2026_08_07, overridden.options().apiVersion());
    assertEquals(Optional.of("us-east-2"), overridden.options().region());
    assertEquals(FailOn.NONE, overridden.failOn());
    assertEquals(Optional.of(basedir.resolve("other.json")), overridden.baseline());
    assertFalse(overridden.options().isEnabled("SM105"), "parameters do not reset the file's rules");
  }

  @Test
  void emptyUserPropertiesCountAsUnset() throws Exception {
    write(basedir.resolve(".sagelint.yaml"), "fail-on: info\napi-version: 2021-02-22\n");

    // What -Dsagelint.failOn= -Dsagelint.apiVersion= -Dsagelint.region= pass in.
    CheckRequest r = resolve(Params.of(basedir).failOn("").apiVersion(" ").region(""));

    assertEquals(FailOn.INFO, r.failOn());
    assertEquals(ApiVersion.V2021_02_22, r.options().apiVersion());
    assertEquals(Optional.empty(), r.options().region());
  }

  @Test
  void failOnAcceptsEveryLevelCaseInsensitively() throws Exception {
    assertEquals(FailOn.WARNING, resolve(Params.of(basedir).failOn("WARNING")).failOn());
    assertEquals(FailOn.INFO, resolve(Params.of(basedir).failOn("info")).failOn());
    assertEquals(FailOn.NONE, resolve(Params.of(basedir).failOn("None")).failOn());
    assertEquals(Optional.of(Severity.ERROR), resolve(Params.of(basedir).failOn("error")).failOn().threshold());
  }

  @Test
  void anUnknownRegionIsAConfigurationFailureWithASuggestion() throws Exception {
    // issue 17 row 5: any region-shaped string was taken, and eusc-de-east-1 was not region-shaped
    assertEquals("Invalid sagelint parameter region (sagelint.region): 'us-esat-1' is not a region "
        + "where SageMaker is available; did you mean 'us-east-1'?",
        failure(Params.of(basedir).region("us-esat-1")));
    assertEquals(Optional.of("eusc-de-east-1"),
        resolve(Params.of(basedir).region("eusc-de-east-1")).options().region());
    write(basedir.resolve(".sagelint.yaml"), "region: us-esat-1\n");
    assertEquals(".sagelint.yaml:1:9: `us-esat-1` is not a region where SageMaker is available; "
        + "did you mean `us-east-1`?", failure(Params.of(basedir)));
  }

  @Test
  void invalidValuesNameTheParameterAndItsUserProperty() {
    assertEquals("Invalid sagelint parameter failOn (sagelint.failOn): unknown fail-on level "
        + "'fatal' (expected error, warning, info or none)", failure(Params.of(basedir).failOn("fatal")));
    assertEquals("Invalid sagelint parameter apiVersion (sagelint.apiVersion): unknown API version "
        + "'2020-01-01' (expected 2021-02-22, 2026-08-07 or latest)",
        failure(Params.of(basedir).apiVersion("2020-01-01")));
    assertEquals("Invalid sagelint parameter includes (sagelint.includes): unclosed '[' in "
        + "'specs/[ab.yaml'", failure(Params.of(basedir).includes("specs/[ab.yaml")));
    assertTrue(failure(Params.of(basedir).excludes("a/**b")).startsWith(
        "Invalid sagelint parameter excludes (sagelint.excludes): "));
  }

  @Test
  void formatsAreValidatedDeduplicatedAndCanBeSwitchedOff() throws Exception {
    CheckRequest r = resolve(Params.of(basedir).formats("SARIF", "checkstyle", "sarif", "text"));
    Path out = basedir.resolve("target/sagelint");
    assertEquals(List.of(out.resolve("sagelint.sarif"), out.resolve("sagelint-checkstyle.xml"),
        out.resolve("sagelint.txt")), r.reports().stream().map(ReportTarget::file).toList());

    assertEquals(List.of(), resolve(Params.of(basedir).formats("none")).reports());
    assertEquals("Invalid sagelint parameter formats (sagelint.formats): 'none' cannot be combined "
        + "with other formats", failure(Params.of(basedir).formats("none", "json")));
    assertEquals("Invalid sagelint parameter formats (sagelint.formats): unknown format 'html' "
        + "(expected text, json, sarif, junit, github, checkstyle, gitlab or none)",
        failure(Params.of(basedir).formats("json", "html")));
  }

  @Test
  void reportsGoToTheOutputDirectoryResolvedAgainstTheModule() throws Exception {
    CheckRequest r = resolve(Params.of(basedir).outputDirectory(Path.of("build/lint")).formats("json"));
    assertEquals(List.of(basedir.resolve("build/lint/sagelint.json")),
        r.reports().stream().map(ReportTarget::file).toList());
  }

  @Test
  void reportsAreNeverWrittenIntoASourceDirectory() throws Exception {
    dir("src/main/resources");
    String message = failure(Params.of(basedir).outputDirectory(basedir.resolve("src/main/resources/lint")));
    assertEquals("Invalid sagelint parameter outputDirectory (sagelint.outputDirectory): "
        + basedir.resolve("src/main/resources/lint") + " is inside the source directory "
        + basedir.resolve("src/main/resources") + "; reports must go elsewhere", message);
    // Also a configured directory that does not exist yet: writing there would create it.
    assertTrue(failure(Params.of(basedir).outputDirectory(basedir.resolve("src/main/sagemaker")))
        .contains("is inside the source directory"));
  }

  @Test
  void theNearestConfigurationUpToTheReactorRootIsUsed() throws Exception {
    Path root = basedir;
    Path module = dir("services/churn");
    write(root.resolve(".sagelint.yaml"), "fail-on: warning\n");

    assertEquals(FailOn.WARNING, resolve(Params.of(module).boundary(root)).failOn());

    // A closer file wins over the root's.
    write(root.resolve("services/.sagelint.yaml"), "fail-on: info\n");
    assertEquals(FailOn.INFO, resolve(Params.of(module).boundary(root)).failOn());
  }

  @Test
  void theSearchStopsAtTheReactorRoot() throws Exception {
    // A file above the reactor (a home directory, a CI workspace) must not change the build.
    write(basedir.resolve(".sagelint.yaml"), "fail-on: none\n");
    Path reactor = dir("checkout");
    Path module = dir("checkout/module");

    CheckRequest r = resolve(Params.of(module).boundary(reactor));

    assertTrue(r.config().file().isEmpty());
    assertEquals(FailOn.ERROR, r.failOn());
  }

  @Test
  void anExplicitConfigFileReplacesTheSearch() throws Exception {
    write(basedir.resolve(".sagelint.yaml"), "fail-on: info\n");
    write(basedir.resolve("config/strict.yaml"), "fail-on: warning\n");

    CheckRequest r = resolve(Params.of(basedir).configFile(Path.of("config/strict.yaml")));

    assertEquals(FailOn.WARNING, r.failOn());
    assertEquals(Optional.of(basedir.resolve("config/strict.yaml")), r.config().file());
  }

  @Test
  void configurationErrorsCarryFileLineAndColumn() throws Exception {
    write(basedir.resolve(".sagelint.yaml"), """
        rules:
          SM105: off
        fail_on: none
        """);
    assertEquals(".sagelint.yaml:3:1: unknown key `fail_on`; did you mean `fail-on`?",
        failure(Params.of(basedir)));

    write(basedir.resolve("bad.yaml"), "rules:\n  SM105: loud\n");
    assertEquals("bad.yaml:2:10: a rule setting is off, on, info, warning or error (or a mapping "
        + "with severity and options), not string `loud`",
        failure(Params.of(basedir).configFile(Path.of("bad.yaml"))));
  }

  @Test
  void aMissingExplicitConfigFileIsAnError() {
    assertEquals("missing.yaml: configuration file not found",
        failure(Params.of(basedir).configFile(Path.of("missing.yaml"))));
  }
}
