package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, plan JSON: a variant whose {@code model_name} is unknown at plan time (the model's
 * name is generated) is linked to the model through the plan's {@code configuration} section, so
 * cross-document rules work on the plan as they do on the .tf file.
 */
class PlanConfigurationTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  /** An isolated model with a generated name, and a serverless variant that serves it (SM401). */
  private static String plan(String modelNameExpression) {
    return """
        {
          "format_version": "1.2",
          "resource_changes": [
            {"address": "aws_sagemaker_model.m", "mode": "managed", "type": "aws_sagemaker_model",
             "name": "m", "change": {"actions": ["create"],
               "after": {"enable_network_isolation": true,
                         "execution_role_arn": "arn:aws:iam::123456789012:role/r",
                         "primary_container": [{"image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1"}]},
               "after_unknown": {"name": true, "arn": true, "id": true}}},
            {"address": "aws_sagemaker_endpoint_configuration.c", "mode": "managed",
             "type": "aws_sagemaker_endpoint_configuration", "name": "c",
             "change": {"actions": ["create"],
               "after": {"name": "c", "production_variants": [{"variant_name": "v",
                 "serverless_config": [{"memory_size_in_mb": 2048, "max_concurrency": 5}]}]},
               "after_unknown": {"production_variants": [{"model_name": true}]}}}
          ],
          "configuration": {"root_module": {"resources": [
            {"address": "aws_sagemaker_endpoint_configuration.c", "mode": "managed",
             "type": "aws_sagemaker_endpoint_configuration", "name": "c",
             "expressions": {"name": {"constant_value": "c"}, "production_variants": [
               {"variant_name": {"constant_value": "v"}, "model_name": %s}]}}
          ]}}
        }
        """.formatted(modelNameExpression);
  }

  private static List<String> lines(LintResult r) {
    return r.findings().stream().map(Fixture::line).toList();
  }

  @Test
  void anUnknownModelNameIsLinkedThroughTheConfigurationsReferences() {
    LintResult r = LINTER.lintText("plan.json",
        plan("{\"references\": [\"aws_sagemaker_model.m.name\", \"aws_sagemaker_model.m\"]}"));
    assertEquals(List.of("14:10 SM401 error /resource_changes/1/change/after/production_variants/0/serverless_config/0"),
        lines(r));
    Finding f = r.findings().get(0);
    assertEquals("aws_sagemaker_endpoint_configuration.c: Variant `v` is serverless, but its model"
        + " `aws_sagemaker_model.m` enables network isolation (plan.json), which serverless endpoints"
        + " do not support.", f.message());
  }

  @Test
  void withoutAReferenceTheVariantStaysUnlinkedAndSilent() {
    assertEquals(List.of(), lines(LINTER.lintText("plan.json", plan("{}"))));
    // A variable read as well, or two resources: not one model, so no link.
    assertEquals(List.of(), lines(LINTER.lintText("plan.json",
        plan("{\"references\": [\"var.prefix\", \"aws_sagemaker_model.m.name\", \"aws_sagemaker_model.m\"]}"))));
    assertEquals(List.of(), lines(LINTER.lintText("plan.json",
        plan("{\"references\": [\"aws_sagemaker_model.m.name\", \"aws_sagemaker_model.n.name\"]}"))));
  }

  @Test
  void referenceAcceptsOneResourceAttributeOnly() {
    assertEquals(Optional.of("aws_sagemaker_model.m.name"), ref("[\"aws_sagemaker_model.m.name\", \"aws_sagemaker_model.m\"]"));
    assertEquals(Optional.of("aws_sagemaker_model.m.name"), ref("[\"aws_sagemaker_model.m\", \"aws_sagemaker_model.m.name\"]"));
    assertEquals(Optional.empty(), ref("[\"aws_sagemaker_model.m\"]"));
    assertEquals(Optional.empty(), ref("[\"local.name\"]"));
    assertEquals(Optional.empty(), ref("[\"data.aws_sagemaker_model.m.name\"]"));
    assertEquals(Optional.empty(), ref("[\"module.m.name\"]"));
    assertEquals(Optional.empty(), ref("[\"aws_sagemaker_model.m.name\", \"aws_sagemaker_model.n\"]"));
    assertEquals(Optional.empty(), ref("[1]"));
    assertEquals(Optional.empty(), ref("\"aws_sagemaker_model.m.name\""));
  }

  private static Optional<String> ref(String references) {
    String json = "{\"references\": " + references + "}";
    return PlanConfiguration.reference(new DocumentParser(ParseLimits.DEFAULT)
        .parse(SourceFile.of("e.json", json)).documents().get(0).root());
  }
}
