package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, item 5: a Terraform module through the real entry point, in SARIF, with a baseline
 * (written, then used after a line moved) and with {@code --changed-since} in a git repository.
 * The finding used is SM201 (an inference pipeline whose second container has no hostname), an
 * error by default.
 */
class TerraformCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String PIPELINE_TF = """
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
      """;

  private static final String SM201_TEXT = """
      main.tf:7:3: error [SM201] aws_sagemaker_model.pipeline: `Containers[1]` has no \
      `ContainerHostname` although `Containers[0]` has one; in an inference pipeline either every \
      container names its host or none does.
      """;

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void textReportLocatesTheFindingInTheTfFile() throws IOException {
    write("main.tf", PIPELINE_TF);
    CliRunner.Result r = CliRunner.run(dir, "lint", "main.tf");
    assertTrue(r.stdout().startsWith(SM201_TEXT), r.stdout());
    assertTrue(r.stdout().endsWith("Found 1 problem (1 error) in 1 file. Checked 1 file.\n"), r.stdout());
    assertEquals(1, r.exitCode());
  }

  @Test
  void sarifCarriesTheTerraformPointerAndTheBlockLine() throws IOException {
    write("main.tf", PIPELINE_TF);
    CliRunner.Result r = CliRunner.run(dir, "lint", "--format", "sarif", ".");
    assertEquals(1, r.exitCode());
    JsonNode results = JSON.readTree(r.stdout()).get("runs").get(0).get("results");
    assertEquals(1, results.size(), r.stdout());
    JsonNode result = results.get(0);
    assertEquals("SM201", result.get("ruleId").asString());
    assertEquals("error", result.get("level").asString());
    assertEquals("/resource/aws_sagemaker_model/pipeline/container/1",
        result.get("properties").get("pointer").asString());
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals("main.tf", physical.get("artifactLocation").get("uri").asString());
    JsonNode region = physical.get("region");
    // The second `container` block, from its type to its closing brace (end column exclusive).
    assertEquals(List.of(7, 3, 9, 4), List.of(region.get("startLine").asInt(),
        region.get("startColumn").asInt(), region.get("endLine").asInt(),
        region.get("endColumn").asInt()));
    assertTrue(result.get("message").get("text").asString()
        .startsWith("aws_sagemaker_model.pipeline: `Containers[1]` has no `ContainerHostname`"),
        result.toString());
  }

  @Test
  void aBaselineKeepsTheFindingAcrossAMovedLineAndAFixReleasesIt() throws IOException {
    write("main.tf", PIPELINE_TF);
    CliRunner.Result written = CliRunner.run(dir, "lint", "--write-baseline", "baseline.json", ".");
    assertEquals(0, written.exitCode(), written.stdout() + written.stderr());
    String baseline = Files.readString(dir.resolve("baseline.json"));
    assertTrue(baseline.contains("\"rule\": \"SM201\"") || baseline.contains("\"rule\":\"SM201\""), baseline);
    assertTrue(baseline.contains("/resource/aws_sagemaker_model/pipeline/container/1"), baseline);

    // Three lines above the resource move the finding from 7:3 to 10:3: still the same finding.
    write("main.tf", "# The churn pipeline.\n# Owned by the ML platform team.\n\n" + PIPELINE_TF);
    CliRunner.Result moved = CliRunner.run(dir, "lint", "--baseline", "baseline.json", ".");
    assertEquals(0, moved.exitCode(), moved.stdout());
    assertTrue(moved.stdout().startsWith("No problems found."), moved.stdout());

    // A new mistake in another resource is not covered by the baseline.
    write("main.tf", PIPELINE_TF + PIPELINE_TF.replace("\"pipeline\"", "\"second\""));
    CliRunner.Result added = CliRunner.run(dir, "lint", "--baseline", "baseline.json", ".");
    assertEquals(1, added.exitCode(), added.stdout());
    assertTrue(added.stdout().startsWith("main.tf:17:3: error [SM201] aws_sagemaker_model.second: "),
        added.stdout());
    assertTrue(added.stdout().contains("Found 1 problem (1 error) in 1 file."), added.stdout());
  }

  @Test
  void changedSinceLintsAChangedTfFileAndNotAnUnchangedOne() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "sagelint tests");
    git("config", "user.email", "tests@sagelint.invalid");
    write("stacks/churn/main.tf", PIPELINE_TF.replace("container_hostname = \"preprocess\"\n", ""));
    // An old mistake in a module the change does not touch.
    write("stacks/legacy/main.tf", PIPELINE_TF);
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    git("checkout", "-q", "-b", "hostnames");
    write("stacks/churn/main.tf", PIPELINE_TF);
    git("commit", "-q", "-a", "-m", "name the preprocessing host");

    CliRunner.Result r = CliRunner.run(dir, "lint", "--changed-since", "main");
    assertTrue(r.stdout().startsWith("stacks/churn/" + SM201_TEXT), r.stdout());
    assertTrue(r.stdout().endsWith("Found 1 problem (1 error) in 1 file. Checked 1 file.\n"), r.stdout());
    assertEquals(1, r.exitCode());

    CliRunner.Result none = CliRunner.run(dir, "lint", "--changed-since", "hostnames");
    assertEquals("No problems found. Checked 0 files.\n", none.stdout());
    assertEquals(0, none.exitCode());
  }

  private String git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
