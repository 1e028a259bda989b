package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who wrote an unknown plan value is read from the plan's own {@code configuration}: real plans
 * (Terraform 1.11.4, hashicorp/aws 5.100.0) mark {@code model_data_source} and
 * {@code inference_execution_config} unknown although nobody wrote them, and mark
 * {@code kms_key_arn = aws_kms_key.k.arn} unknown because the user wrote it.
 */
class TerraformPlanUnknownsTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());
  private static final Path RESOURCES = Path.of("src/test/resources/terraform");
  private static final Path EXAMPLE = Path.of("../examples/terraform/bad");

  private static List<String> lines(LintResult r) {
    return r.findings().stream().map(f -> f.file() + " " + Fixture.line(f)).toList();
  }

  private static LintResult lintFile(Path p, String name) {
    return LINTER.lint(List.of(LintInput.file(p, name)));
  }

  @Test
  void aPlanAloneDoesNotCountTheProvidersUnknownModelDataSourceAsSet() throws IOException {
    // main.tf writes model_data_url only; the plan's model_data_source is unknown (computed).
    // Before: SM216 "gives its model data twice" beside the true SM301.
    String plan = Files.readString(RESOURCES.resolve("plan-real-root-kms.json"));
    assertEquals(List.of(
        "plan.json 1:3370 SM301 error /resource_changes/1/change/after/kms_key_arn"),
        lines(LINTER.lintText("plan.json", plan)));
  }

  @Test
  void theBadExamplesRealPlanAloneGivesTheHeadlineMistakes() throws IOException {
    // Before: SM201 silenced by the unknown inference_execution_config, plus two SM216.
    String plan = Files.readString(RESOURCES.resolve("plan-real-terraform-1.11.4.json"));
    assertEquals(List.of(
        "plan.json 260:26 SM301 error /resource_changes/1/change/after/kms_key_arn",
        "plan.json 345:25 SM203 error /resource_changes/2/change/after/container/1",
        "plan.json 438:25 SM201 error /resource_changes/3/change/after/container/1"),
        lines(LINTER.lintText("plan.json", plan)));
  }

  @Test
  void aChildModulesPlanDoesNotCountTheProvidersUnknownsAsSet(@TempDir Path dir)
      throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.copy(RESOURCES.resolve("plan-real-child-module.json"), plan);
    List<String> expected = List.of(
        "plan.json 1:3520 SM301 error /resource_changes/1/change/after/kms_key_arn");
    assertEquals(expected, lines(LINTER.lintText("plan.json", Files.readString(plan))));
    Files.copy(RESOURCES.resolve("child-module/main.tf"), dir.resolve("main.tf"));
    assertEquals(expected, lines(lintFile(plan, "plan.json")));
  }

  @Test
  void aStaleTfBesideThePlanDoesNotSilenceTheUnknownTheUserWrote(@TempDir Path dir)
      throws IOException {
    // The plan still has kms_key_arn (configuration: references aws_kms_key.endpoint.arn); the
    // .tf beside it no longer does. The finding stays, at the block (line 36) since the argument
    // is gone from it.
    String tf = Files.readString(EXAMPLE.resolve("main.tf"))
        .replace("  kms_key_arn = aws_kms_key.endpoint.arn\n", "");
    Files.writeString(dir.resolve("main.tf"), tf);
    Files.writeString(dir.resolve("variables.tf"), "variable \"role_arn\" {\n  type = string\n}\n");
    Path plan = dir.resolve("plan.json");
    Files.copy(RESOURCES.resolve("plan-real-terraform-1.11.4.json"), plan);
    assertEquals(List.of(
        "main.tf 12:3 SM201 error /resource/aws_sagemaker_model/pipeline/container/1",
        "main.tf 29:3 SM203 error /resource/aws_sagemaker_model/direct/container/1",
        "main.tf 35:1 SM301 error /resource/aws_sagemaker_endpoint_configuration/churn/kms_key_arn"),
        lines(lintFile(plan, "plan.json")));
  }

  @Test
  void anUnknownDynamicBlockBesideThePlanStaysUnknown(@TempDir Path dir) throws IOException {
    // The configuration section omits dynamic blocks, so only the .tf can say the user wrote
    // inference_execution_config; with it beside the plan the mode stays unknown and the
    // pipeline's SM201 (which needs a known Serial mode) is silent, as it is for the .tf alone.
    String tf = Files.readString(EXAMPLE.resolve("main.tf")).replace(
        "  name               = \"churn-pipeline\"\n",
        "  name               = \"churn-pipeline\"\n"
            + "  dynamic \"inference_execution_config\" {\n"
            + "    for_each = var.modes\n"
            + "    content {\n      mode = inference_execution_config.value\n    }\n  }\n");
    Files.writeString(dir.resolve("main.tf"), tf);
    Files.writeString(dir.resolve("variables.tf"), "variable \"role_arn\" {\n  type = string\n}\n"
        + "variable \"modes\" {\n  type = list(string)\n}\n");
    Path plan = dir.resolve("plan.json");
    Files.copy(RESOURCES.resolve("plan-real-terraform-1.11.4.json"), plan);
    List<String> fromTf = lines(lintFile(dir.resolve("main.tf"), "main.tf"));
    assertEquals(List.of("SM203", "SM301"),
        lintFile(plan, "plan.json").findings().stream().map(Finding::rule).toList());
    assertEquals(fromTf, lines(lintFile(plan, "plan.json")));
  }

  @Test
  void aModulesUnknownModelNameLinksToTheModulesModel() throws IOException {
    // The real child-module plan with the model's name generated (unknown at plan time): the
    // configuration reads aws_sagemaker_model.m.name inside module sm, which the plan addresses
    // as module.sm.aws_sagemaker_model.m. Before: a false SM410 "not a resource of this module".
    String plan = Files.readString(RESOURCES.resolve("plan-real-child-module.json"))
        .replace("\"model_name\":\"churn\",", "")
        .replace("\"routing_config\":[],\"serverless_config\":[],\"volume_size_in_gb\":true",
            "\"model_name\":true,\"routing_config\":[],\"serverless_config\":[],"
                + "\"volume_size_in_gb\":true");
    assertEquals(List.of(
        "plan.json 1:3499 SM301 error /resource_changes/1/change/after/kms_key_arn"),
        lines(LINTER.lintText("plan.json", plan)));
  }

  @Test
  void aModulesUnknownModelNameStillLetsCrossDocumentRulesSeeTheModel() throws IOException {
    // Real plan of a module whose serverless variant serves a two-container model (SM401), here
    // with the variant's model_name unknown: only the link through the configuration can find
    // the model, and it must name it module.sm.aws_sagemaker_model.m.
    String plan = Files.readString(RESOURCES.resolve("plan-real-child-module-serverless.json"))
        .replace("\"model_name\":\"pipe\",", "")
        .replace("\"routing_config\":[],\"serverless_config\":[{}],\"volume_size_in_gb\":true",
            "\"model_name\":true,\"routing_config\":[],\"serverless_config\":[{}],"
                + "\"volume_size_in_gb\":true");
    assertEquals(List.of(
        "plan.json 1:3153 SM401 error /resource_changes/0/change/after/production_variants/0/serverless_config/0"), lines(LINTER.lintText("plan.json", plan)));
  }
}
