package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.baseline.Baseline;
import dev.sagelint.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check against real files: what is collected, how it is named, the baseline and the reports. */
class CheckRunTest {
  private static final String BAD_MODEL = """
      ModelName: churn_model
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
      """;
  private static final String GOOD_ENDPOINT = """
      {"EndpointConfigName": "churn", "ProductionVariants": [{"VariantName": "AllTraffic",
        "ModelName": "churn-model", "InstanceType": "ml.m5.xlarge", "InitialInstanceCount": 1}]}
      """;

  @TempDir
  Path basedir;

  @BeforeEach
  void layout() throws IOException {
    write("src/main/sagemaker/model.yaml", BAD_MODEL);
    write("src/main/sagemaker/endpoints/churn.json", GOOD_ENDPOINT);
    write("src/main/sagemaker/vendor/upstream.yaml", BAD_MODEL);
    write("src/main/resources/application.yaml", "server:\n  port: 8080\n");
  }

  private void write(String relative, String text) throws IOException {
    Path file = basedir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private CheckOutcome run(Params p) throws Exception {
    return new CheckRun(CheckRequest.from(p.build(), RuleCatalog.defaults()), 2).run();
  }

  private static List<String> files(CheckOutcome o) {
    return o.result().files().stream().map(FileResult::file).toList();
  }

  private static List<String> findings(CheckOutcome o) {
    return o.result().findings().stream().map(FindingLine::of)
        .map(l -> l.substring(0, l.indexOf(']') + 1)).toList();
  }

  @Test
  void everySpecFileUnderTheSourceDirectoriesIsNamedRelativeToTheModule() throws Exception {
    CheckOutcome o = run(Params.of(basedir));

    assertEquals(List.of("src/main/resources/application.yaml",
        "src/main/sagemaker/endpoints/churn.json", "src/main/sagemaker/model.yaml",
        "src/main/sagemaker/vendor/upstream.yaml"), files(o));
    assertEquals(List.of("src/main/sagemaker/model.yaml:1:12 [SM105]",
        "src/main/sagemaker/vendor/upstream.yaml:1:12 [SM105]"), findings(o));
    assertEquals(1, o.result().skippedFiles(), "application.yaml is not a SageMaker spec");
  }

  @Test
  void includesAndExcludesAreRelativeToEachSourceDirectory() throws Exception {
    CheckOutcome o = run(Params.of(basedir).includes("**/*.yaml").excludes("vendor"));

    assertEquals(List.of("src/main/resources/application.yaml", "src/main/sagemaker/model.yaml"),
        files(o));
  }

  @Test
  void theConfigurationsExcludeIsRelativeToItsOwnDirectoryAndAppliesToo() throws Exception {
    write(".sagelint.yaml", "exclude:\n  - src/main/sagemaker/vendor\n");

    CheckOutcome o = run(Params.of(basedir).excludes("application.yaml"));

    assertEquals(List.of("src/main/sagemaker/endpoints/churn.json", "src/main/sagemaker/model.yaml"),
        files(o));
  }

  @Test
  void aFileInTwoListedDirectoriesIsLintedOnce() throws Exception {
    CheckOutcome o = run(Params.of(basedir).sourceDirectories(Path.of("src/main/sagemaker/vendor")));

    assertEquals(1, files(o).stream().filter(f -> f.endsWith("upstream.yaml")).count());
    assertEquals(2, o.result().findings().size());
  }

  @Test
  void reportsAreWrittenWholeAndNothingElseIsLeftBehind() throws Exception {
    CheckOutcome o = run(Params.of(basedir));

    Path out = basedir.resolve("target/sagelint");
    assertEquals(List.of(out.resolve("sagelint.json"), out.resolve("sagelint.sarif"),
        out.resolve("sagelint-junit.xml")), o.reports());
    try (Stream<Path> listed = Files.list(out)) {
      assertEquals(List.of("sagelint-junit.xml", "sagelint.json", "sagelint.sarif"),
          listed.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String json = Files.readString(out.resolve("sagelint.json"));
    assertTrue(json.contains("\"file\" : \"src/main/sagemaker/model.yaml\"")
        || json.contains("\"file\": \"src/main/sagemaker/model.yaml\""), json);
  }

  @Test
  void theBaselineHidesAcceptedFindings() throws Exception {
    CheckOutcome first = run(Params.of(basedir).formats("none"));
    Path baselineFile = basedir.resolve("sagelint-baseline.json");
    Baseline.of(first.result(), baselineFile, basedir).write(baselineFile);
    write("src/main/sagemaker/new.yaml", BAD_MODEL);

    CheckOutcome second = run(Params.of(basedir).formats("none").baseline(baselineFile));

    assertEquals(2, second.baselineHidden());
    assertEquals(List.of("src/main/sagemaker/new.yaml:1:12 [SM105]"), findings(second));
  }

  @Test
  void aTerraformModuleFailsTheBuildAtTheBlockLine() throws Exception {
    // Issue 14: .tf files are spec files too; an inference pipeline whose second container has
    // no hostname (SM201, an error) fails verify with the default failOn.
    write("src/main/terraform/main.tf", """
        resource "aws_sagemaker_model" "pipeline" {
          execution_role_arn = "arn:aws:iam::123456789012:role/SageMakerExecution"
          container {
            image              = "123456789012.dkr.ecr.us-east-1.amazonaws.com/preprocess:1"
            container_hostname = "preprocess"
          }
          container {
            image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1"
          }
        }
        """);
    CheckOutcome o = run(Params.of(basedir).formats("none")
        .sourceDirectories(Path.of("src/main/terraform")));

    assertTrue(files(o).contains("src/main/terraform/main.tf"), files(o).toString());
    assertEquals(List.of("src/main/sagemaker/model.yaml:1:12 [SM105]",
        "src/main/sagemaker/vendor/upstream.yaml:1:12 [SM105]",
        "src/main/terraform/main.tf:7:3 [SM201]"), findings(o));
    assertTrue(FindingLine.of(o.result().findings().get(2)).startsWith(
        "src/main/terraform/main.tf:7:3 [SM201] aws_sagemaker_model.pipeline: `Containers[1]` has no"
            + " `ContainerHostname`"), FindingLine.of(o.result().findings().get(2)));
    assertEquals(3, o.failing());
    assertTrue(o.fails());
  }

  @Test
  void aMissingBaselineIsAConfigurationError() {
    CheckConfigurationException e = assertThrows(CheckConfigurationException.class,
        () -> run(Params.of(basedir).baseline(Path.of("nope.json"))));
    assertEquals("nope.json: baseline file not found (create it with --write-baseline)", e.getMessage());
  }
}
