package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 8: a real plan from the bad example module, made by the real Terraform with a
 * local mirror of the hashicorp/aws provider (no network, no credentials: the provider's skip
 * flags and placeholder keys). Skips unless {@code terraform} is on the PATH and
 * {@code SAGELINT_TF_PLUGIN_DIR} names a plugin directory holding the provider; {@code .ci/run}
 * says which is missing.
 */
class TerraformPlanIntegrationTest {
  private static final String PROVIDER = """
      provider "aws" {
        region                      = "us-east-1"
        access_key                  = "placeholder"
        secret_key                  = "placeholder"
        skip_credentials_validation = true
        skip_requesting_account_id  = true
        skip_metadata_api_check     = true
        skip_region_validation      = true
      }
      variable "role_arn" {
        default = "arn:aws:iam::123456789012:role/sagemaker"
      }
      """;

  @Test
  void aRealPlanOfTheBadExampleHasTheHeadlineFindings(@TempDir Path dir) throws Exception {
    String plugins = System.getenv("SAGELINT_TF_PLUGIN_DIR");
    assumeTrue(plugins != null && Files.isDirectory(Path.of(plugins, "registry.terraform.io", "hashicorp", "aws")),
        "no hashicorp/aws provider mirror (set SAGELINT_TF_PLUGIN_DIR)");
    assumeTrue(run(dir, "terraform", "version") == 0, "no terraform on the PATH");
    Files.copy(Path.of("../examples/terraform/bad/main.tf"), dir.resolve("main.tf"));
    Files.writeString(dir.resolve("provider.tf"), PROVIDER);
    assertEquals(0, run(dir, "terraform", "init", "-backend=false", "-input=false", "-plugin-dir=" + plugins));
    assertEquals(0, run(dir, "terraform", "plan", "-input=false", "-refresh=false", "-out=plan.out"));
    Path json = dir.resolve("plan.json");
    ProcessBuilder show = new ProcessBuilder("terraform", "show", "-json", "plan.out").directory(dir.toFile())
        .redirectOutput(json.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    assertEquals(0, waitFor(show.start()));
    Linter linter = Linter.create(LintOptions.defaults());
    List<String> lines = linter.lint(List.of(LintInput.file(json, json.toString()))).findings()
        .stream().map(Fixture::line).toList();
    // Severities as the catalogue has them (SM301's depends on the API version's catalogue entry);
    // the plan must give exactly what the module's own main.tf gives.
    assertEquals(List.of(
        "12:3 SM201 /resource/aws_sagemaker_model/pipeline/container/1",
        "29:3 SM203 /resource/aws_sagemaker_model/direct/container/1",
        "37:17 SM301 /resource/aws_sagemaker_endpoint_configuration/churn/kms_key_arn"),
        lines.stream().map(l -> l.replaceFirst(" (error|warning|info) ", " ")).toList());
    Path tf = dir.resolve("main.tf");
    assertEquals(linter.lint(List.of(LintInput.file(tf, tf.toString()))).findings().stream()
        .map(Fixture::line).toList(), lines);
  }

  private static int run(Path dir, String... command) throws IOException, InterruptedException {
    try {
      return waitFor(new ProcessBuilder(command).directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    } catch (IOException e) {
      return -1;
    }
  }

  private static int waitFor(Process p) throws InterruptedException {
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
