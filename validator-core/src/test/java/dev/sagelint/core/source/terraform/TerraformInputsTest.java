package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three Terraform inputs (.tf, .tf.json, plan JSON) give the same findings at Terraform
 * pointers; links, suppression comments and the real corpus.
 */
class TerraformInputsTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());
  private static final Path EXAMPLE = Path.of("../examples/terraform/bad");

  /** The three headline mistakes, as the bad example module writes them. */
  private static final List<String> HEADLINE_TF = List.of(
      "12:3 SM201 error /resource/aws_sagemaker_model/pipeline/container/1",
      "29:3 SM203 error /resource/aws_sagemaker_model/direct/container/1",
      "37:17 SM301 error /resource/aws_sagemaker_endpoint_configuration/churn/kms_key_arn");

  private static List<String> lines(LintResult r) {
    return r.findings().stream().map(Fixture::line).toList();
  }

  private static LintResult lintFile(Path p) {
    return LINTER.lint(List.of(LintInput.file(p, p.toString())));
  }

  @Test
  void theHeadlineMistakesFromTheTfSource() {
    LintResult r = lintFile(EXAMPLE.resolve("main.tf"));
    assertEquals(HEADLINE_TF, lines(r));
    assertTrue(r.findings().get(0).message().startsWith("aws_sagemaker_model.pipeline: "));
  }

  @Test
  void theHeadlineMistakesFromThePlanBesideTheModuleAreLocatedInTheTfFile() {
    LintResult r = lintFile(EXAMPLE.resolve("plan.json"));
    assertEquals(HEADLINE_TF, lines(r));
    assertTrue(r.findings().stream().allMatch(f -> f.file().endsWith("main.tf")), r.findings().toString());
  }

  /**
   * A plan Terraform 1.11.4 made of the bad example with hashicorp/aws 5.100.0
   * ({@code TerraformPlanIntegrationTest}'s module, kept so the build checks it without Terraform).
   * The provider leaves {@code inference_execution_config} and {@code model_data_source} unknown
   * at plan time; the block does not write them, so they are the provider's and the pipeline's
   * SM201 is not silenced by an "unknown" invocation mode.
   */
  @Test
  void aRealPlanBesideTheModuleGivesTheSameFindingsAsTheModule(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.copy(EXAMPLE.resolve("main.tf"), dir.resolve("main.tf"));
    Files.writeString(dir.resolve("provider.tf"), "variable \"role_arn\" {\n"
        + "  default = \"arn:aws:iam::123456789012:role/sagemaker\"\n}\n");
    Path plan = dir.resolve("plan.json");
    Files.copy(Path.of("src/test/resources/terraform/plan-real-terraform-1.11.4.json"), plan);
    assertEquals(HEADLINE_TF, lines(lintFile(plan)));
    assertEquals(lines(lintFile(dir.resolve("main.tf"))), lines(lintFile(plan)));
  }

  @Test
  void aModuleLintedWithItsPlanReportsEachMistakeOnce() {
    // The plan's findings land in main.tf, where main.tf's own findings already are: each once.
    List<LintInput> inputs = new java.util.ArrayList<>();
    for (String name : List.of("main.tf", "variables.tf", "plan.json")) {
      inputs.add(LintInput.file(EXAMPLE.resolve(name), EXAMPLE.resolve(name).toString()));
    }
    LintResult r = LINTER.lint(inputs);
    assertEquals(HEADLINE_TF, lines(r));
    assertTrue(r.files().stream().filter(f -> f.file().endsWith("plan.json"))
        .allMatch(f -> f.findings().isEmpty()), r.files().toString());
  }

  @Test
  void aPlanAloneIsReportedAtPlanPointersAndProviderDefaultsAreSilent() throws IOException {
    // The same plan, with no .tf beside it: mode SingleModel, initial_variant_weight 1 and the
    // unknown volume_size_in_gb the provider fills in cause nothing.
    String plan = Files.readString(Path.of("src/test/resources/terraform/plan-bad.json"));
    assertEquals(List.of(
        "47:26 SM301 error /resource_changes/1/change/after/kms_key_arn",
        "120:13 SM203 error /resource_changes/2/change/after/container/1",
        "196:13 SM201 error /resource_changes/3/change/after/container/1"),
        lines(LINTER.lintText("plan.json", plan)));
  }

  @Test
  void tfJsonUsesTheFilesOwnPointers() {
    String json = """
        {
          "resource": {
            "aws_sagemaker_endpoint_configuration": {
              "c": {
                "kms_key_arn": "${aws_kms_key.k.arn}",
                "production_variants": [{
                  "variant_name": "all",
                  "model_name": "churn",
                  "initial_instance_count": 1,
                  "instance_type": "ml.m5d.large"
                }]
              }
            }
          }
        }
        """;
    assertEquals(List.of("5:24 SM301 error /resource/aws_sagemaker_endpoint_configuration/c/kms_key_arn"),
        lines(LINTER.lintText("main.tf.json", json)));
  }

  @Test
  void aLinkToAMissingOrWrongResourceIsReported() {
    String tf = """
        resource "aws_sagemaker_model" "m" {
          primary_container {
            image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"
          }
        }
        resource "aws_sagemaker_endpoint_configuration" "c" {
          production_variants {
            variant_name           = "a"
            model_name             = aws_sagemaker_model.nope.name
            initial_instance_count = 1
            instance_type          = "ml.m5.large"
          }
          production_variants {
            variant_name           = "b"
            model_name             = aws_sagemaker_model.m.arn
            initial_instance_count = 1
            instance_type          = "ml.m5.large"
          }
        }
        resource "aws_sagemaker_endpoint" "e" {
          endpoint_config_name = aws_sagemaker_model.m.name
        }
        """;
    LintResult r = LINTER.lintText("main.tf", tf);
    assertEquals(List.of(
        "1:1 SM232 info /resource/aws_sagemaker_model/m",
        "9:30 SM410 error /resource/aws_sagemaker_endpoint_configuration/c/production_variants/0/model_name",
        "15:30 SM411 error /resource/aws_sagemaker_endpoint_configuration/c/production_variants/1/model_name",
        "21:26 SM410 error /resource/aws_sagemaker_endpoint/e/endpoint_config_name"), lines(r));
    assertEquals("`aws_sagemaker_model.nope` is not a resource of this module; an "
        + "`aws_sagemaker_model` resource was expected here", r.findings().get(1).message());
  }

  @Test
  void aLinkLetsCrossDocumentRulesSeeTheModel() {
    // SM4xx rules that need the model only run when the link resolved: a serverless variant
    // whose model is in network isolation... the exact pairing is left to the rules; here the
    // link must simply not produce a missing-resource finding.
    String tf = """
        resource "aws_sagemaker_model" "m" {
          primary_container {
            image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"
          }
        }
        resource "aws_sagemaker_endpoint_configuration" "c" {
          production_variants {
            variant_name           = "a"
            model_name             = aws_sagemaker_model.m.name
            initial_instance_count = 1
            instance_type          = "ml.m5.large"
          }
        }
        """;
    assertEquals(List.of("1:1 SM232 info /resource/aws_sagemaker_model/m"),
        lines(LINTER.lintText("main.tf", tf)));
  }

  @Test
  void suppressionCommentsInBothSpellingsAndBothCommentStyles() {
    String tf = """
        # sagelint-disable-next-line SM208
        resource "aws_sagemaker_model" "a" {
          execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
        }
        // sagelint: disable-next-line SM208
        resource "aws_sagemaker_model" "b" {
          execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
        }
        resource "aws_sagemaker_model" "c" {
          execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
        }
        """;
    assertEquals(List.of("9:1 SM208 error /resource/aws_sagemaker_model/c"),
        lines(LINTER.lintText("main.tf", tf)));
  }

  @Test
  void aSyntaxErrorIsALocatedFinding() {
    String tf = """
        resource "aws_sagemaker_model" "m" {
          name = "a" +
        }
        """;
    // The parser recovers at the next statement, but a resource with a syntax error inside gets
    // that finding only: "no container" here would be a judgement on a block that did not parse.
    assertEquals(List.of("2:15 SM001 error \"\""), lines(LINTER.lintText("main.tf", tf)));
  }

  /** Every error-level finding on the real corpus, with why it is right. */
  private static final Map<String, String> REVIEWED_ERRORS = new TreeMap<>(Map.of(
      "cksittech-tf-templates__1.tf:3:30 SM105", "skeleton template: execution_role_arn = \"\"",
      "cksittech-tf-templates__1.tf:4:30 SM105", "skeleton template: name = \"\"",
      "cksittech-tf-templates__1.tf:7:3 SM209", "skeleton: both container {} and primary_container {}",
      "cksittech-tf-templates__1.tf:7:3 SM210", "skeleton: container {} has no image",
      "cksittech-tf-templates__1.tf:8:3 SM101", "skeleton: inference_execution_config {} without mode (validate agrees)",
      "cksittech-tf-templates__1.tf:9:3 SM210", "skeleton: primary_container {} has no image",
      "cksittech-tf-templates__1.tf:10:3 SM101", "skeleton: vpc_config {} without subnets/security groups (validate agrees)",
      "kics__1.tf:6:30 SM410", "policy fixture: aws_sagemaker_model.m is not declared",
      "kics__2.tf:6:30 SM410", "policy fixture: aws_sagemaker_model.m is not declared",
      "kics__2.tf:15:17 SM502", "kms_key_arn is the quoted string aws_kms_key.example.arn (validate rejects it too)"));

  static {
    REVIEWED_ERRORS.put("woolfenden-tf-sm__1.tf:1:1 SM208",
        "model with neither primary_container nor container (CreateModel requires one)");
  }

  @Test
  void theRealCorpusHasOnlyReviewedErrors() throws IOException {
    Path dir = Path.of(System.getProperty("sagelint.shared", "../../shared"), "realworld", "terraform");
    assumeTrue(Files.isDirectory(dir), "no real-world Terraform files at " + dir);
    List<LintInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
        inputs.add(LintInput.file(p, p.toString()));
      }
    }
    LintResult result = LINTER.lint(inputs, 2);
    assertEquals(19, result.files().size());
    Map<DocumentKind, Integer> kinds = new TreeMap<>();
    for (FileResult f : result.files()) {
      for (DocumentResult d : f.documents()) {
        d.kind().ifPresent(k -> kinds.merge(k, 1, Integer::sum));
      }
    }
    Map<String, String> errors = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.severity() == Severity.ERROR) {
        String key = Path.of(f.file()).getFileName() + ":" + f.line() + ":" + f.column() + " " + f.rule();
        errors.put(key, REVIEWED_ERRORS.getOrDefault(key, "UNREVIEWED: " + f.message()));
      }
    }
    assertEquals(REVIEWED_ERRORS, errors);
    assertEquals(Map.of(DocumentKind.CREATE_MODEL, 13, DocumentKind.CREATE_ENDPOINT_CONFIG, 15), kinds);
  }
}
