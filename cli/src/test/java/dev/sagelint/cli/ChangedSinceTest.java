package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sagelint lint --changed-since REF} in a real git repository: a pull request that changes a
 * model, on a branch of a main that holds an old mistake elsewhere.
 */
class ChangedSinceTest {
  private static final String PLAIN_MODEL = """
      ModelName: churn-model
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;
  private static final String SERVERLESS_CONFIG = """
      EndpointConfigName: churn-serverless
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-model
          ServerlessConfig:
            MemorySizeInMB: 2048
            MaxConcurrency: 5
      """;
  /** SM401 on the endpoint config: a serverless variant cannot serve an isolated model. */
  private static final String SM401 = """
      endpoint-configs/churn.yaml:5:5: error [SM401] Variant `AllTraffic` is serverless, but its \
      model `churn-model` enables network isolation (models/churn.yaml), which serverless \
      endpoints do not support.
        5 |     ServerlessConfig:
          |     ^^^^^^^^^^^^^^^^
          = hint: Give the variant an instance type instead of `ServerlessConfig`, or deploy a model \
      without `EnableNetworkIsolation`.
          = see: models/churn.yaml:6:1: `EnableNetworkIsolation` of model `churn-model`

      """;

  @TempDir
  Path repo;

  String mergeBase;

  @BeforeEach
  void pullRequest() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "sagelint tests");
    git("config", "user.email", "tests@sagelint.invalid");
    write("models/churn.yaml", PLAIN_MODEL);
    write("endpoint-configs/churn.yaml", SERVERLESS_CONFIG);
    // An old mistake in a file the pull request does not touch.
    write("models/legacy.yaml", PLAIN_MODEL.replace("churn-model", "legacy_model"));
    write("package.json", "{\"name\": \"web\"}\n");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    mergeBase = git("rev-parse", "HEAD").strip();
    git("checkout", "-q", "-b", "isolate");
    write("models/churn.yaml", PLAIN_MODEL + "EnableNetworkIsolation: true\n");
    git("commit", "-q", "-a", "-m", "isolate the churn model");
  }

  @Test
  void lintsTheChangedModelAndTheEndpointConfigThatUsesItButNotTheOldMistake() {
    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "main");
    assertEquals(SM401 + "Found 1 problem (1 error) in 1 file. Checked 2 files.\n", r.stdout());
    assertEquals("", r.stderr());
    assertEquals(1, r.exitCode(), "SM401 is an error by default (issue 15)");

    CliRunner.Result strict = CliRunner.run(repo, "lint", "--changed-since", "main", "--fail-on",
        "warning");
    assertEquals(1, strict.exitCode());
  }

  @Test
  void verboseSaysWhatChangedAndWhyMoreFilesAreLinted() {
    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "main", "--verbose");
    assertEquals("sagelint: 1 changed file(s) to lint since main (merge base "
        + mergeBase.substring(0, 12) + ")\n"
        + "sagelint: also linting endpoint-configs/churn.yaml: uses model `churn-model`, defined in "
        + "changed models/churn.yaml\n", r.stderr());
  }

  @Test
  void uncommittedAndUntrackedFilesCountAsChanged() throws IOException {
    write("models/draft.yaml", PLAIN_MODEL.replace("churn-model", "draft_model")
        .replace("churn:1.4.2", "draft:1"));
    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "HEAD", "--format", "json");
    assertTrue(r.stdout().contains("\"file\": \"models/draft.yaml\""), r.stdout());
    assertTrue(r.stdout().contains("\"rule\": \"SM105\""), r.stdout());
    assertTrue(!r.stdout().contains("models/churn.yaml"), "committed on the branch: not since HEAD");
    assertEquals(1, r.exitCode());
  }

  @Test
  void pathsAndExcludeGlobsStillRestrictTheFiles() throws IOException {
    CliRunner.Result onlyModels = CliRunner.run(repo, "lint", "--changed-since", "main", "models");
    assertEquals("No problems found. Checked 1 file.\n", onlyModels.stdout());

    write(".sagelint.yaml", "exclude: [endpoint-configs]\n");
    CliRunner.Result excluded = CliRunner.run(repo, "lint", "--changed-since", "main");
    // The configuration file is untracked, hence changed, and skipped as no spec.
    assertEquals("No problems found. Checked 1 file, skipped 1 (not SageMaker specs).\n",
        excluded.stdout());
  }

  @Test
  void nothingChangedIsNotAProblem() {
    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "isolate");
    assertEquals(0, r.exitCode());
    assertEquals("No problems found. Checked 0 files.\n", r.stdout());
    assertEquals("sagelint: no .json, .yaml, .yml or .tf file changed since isolate in .\n", r.stderr());
  }

  @Test
  void exitTwoOutsideARepositoryOrWithABadRef(@TempDir Path elsewhere) {
    CliRunner.Result outside = CliRunner.run(elsewhere, "lint", "--changed-since", "main");
    assertEquals(2, outside.exitCode());
    assertEquals("sagelint: --changed-since: " + elsewhere.toAbsolutePath().normalize()
        + " is not inside a git work tree\n", outside.stderr());
    assertEquals("", outside.stdout());

    CliRunner.Result badRef = CliRunner.run(repo, "lint", "--changed-since", "origin/main");
    assertEquals(2, badRef.exitCode());
    assertEquals("sagelint: --changed-since: `origin/main` is not a commit in this repository; in "
        + "CI, fetch it first (e.g. `git fetch origin main`, or a full clone)\n", badRef.stderr());
  }

  @Test
  void exitTwoForCombinationsThatCannotWork() {
    CliRunner.Result stdin = CliRunner.run(repo, Map.of(),
        new ByteArrayInputStream(PLAIN_MODEL.getBytes(StandardCharsets.UTF_8)), false,
        "lint", "--changed-since", "main", "-");
    assertEquals(2, stdin.exitCode());
    assertEquals("sagelint: --changed-since selects files from git; it cannot read '-' (standard "
        + "input)\n", stdin.stderr());

    CliRunner.Result baseline = CliRunner.run(repo, "lint", "--changed-since", "main",
        "--write-baseline", "baseline.json");
    assertEquals(2, baseline.exitCode());
    assertEquals("sagelint: --write-baseline records the findings of every file; it cannot be "
        + "combined with --changed-since\n", baseline.stderr());
    assertTrue(!Files.exists(repo.resolve("baseline.json")));
  }

  /** An endpoint config resource that names the request file's model by its literal name. */
  private static final String SERVERLESS_TEMPLATE = """
      Resources:
        ServerlessConfig:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            ProductionVariants:
              - VariantName: AllTraffic
                ModelName: churn-model
                ServerlessConfig:
                  MemorySizeInMB: 2048
                  MaxConcurrency: 5
      """;

  @Test
  void aChangedTemplateIsLintedAtItsResourceLines() throws IOException {
    write("stacks/kms.yaml", CloudFormationCliTest.KMS_NVME);
    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "HEAD", "--api-version",
        "2021-02-22", "--verbose");
    assertTrue(r.stdout().startsWith("stacks/kms.yaml:16:17: error [SM301] resource "
        + "`EndpointConfig`: "), r.stdout());
    assertTrue(r.stdout().endsWith("Found 1 problem (1 error) in 1 file. Checked 1 file.\n"),
        r.stdout());
    // Linked inside the template by !GetAtt: nothing else to bring in.
    assertEquals("sagelint: 1 changed file(s) to lint since HEAD (merge base "
        + git("rev-parse", "HEAD").strip().substring(0, 12) + ")\n", r.stderr());
    assertEquals(1, r.exitCode());
  }

  @Test
  void aTemplateThatNamesAChangedModelIsLintedWithIt() throws IOException {
    git("checkout", "-q", "main");
    write("stacks/serverless.yaml", SERVERLESS_TEMPLATE);
    git("add", "-A");
    git("commit", "-q", "-m", "a serverless stack");
    git("checkout", "-q", "isolate");
    git("merge", "-q", "--no-edit", "main");

    CliRunner.Result r = CliRunner.run(repo, "lint", "--changed-since", "main", "--verbose");
    assertTrue(r.stderr().endsWith("sagelint: also linting endpoint-configs/churn.yaml: uses model "
        + "`churn-model`, defined in changed models/churn.yaml\n"
        + "sagelint: also linting stacks/serverless.yaml: uses model `churn-model`, defined in "
        + "changed models/churn.yaml\n"), r.stderr());
    assertTrue(r.stdout().startsWith(SM401), r.stdout());
    assertTrue(r.stdout().contains("\nstacks/serverless.yaml:8:11: error [SM401] resource "
        + "`ServerlessConfig`: Variant `AllTraffic` is serverless, but its model `churn-model` "
        + "enables network isolation (models/churn.yaml)"), r.stdout());
    assertTrue(r.stdout().endsWith("Found 2 problems (2 errors) in 2 files. Checked 3 files.\n"),
        r.stdout());
  }

  private void write(String name, String text) throws IOException {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** Runs the machine's git without its global or system configuration. */
  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile())
          .redirectErrorStream(true);
      pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
