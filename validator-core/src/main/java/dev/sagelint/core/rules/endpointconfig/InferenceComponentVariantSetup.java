package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/**
 * Inference-component variants (instance-based, no ModelName) set up without the endpoint-level
 * role they need, mixed with model-based ones, or endpoint-level settings that only
 * inference-component endpoints use.
 */
@RuleInfo(
    id = "SM326",
    title = "Inference-component and model-based variants are set up inconsistently",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-EC-IC-VARIANTS",
    evidence = "inferred",
    description = """
        An inference-component variant is a production variant that runs on instances and names no \
        `ModelName` (the models are added later as inference components). Three sub-checks:

        - [a] (warning) an inference-component variant while the endpoint config has no \
        `ExecutionRoleArn`; reported at the variant;
        - [b] (warning) some production variants name a `ModelName` and some are \
        inference-component variants; reported at each inference-component variant;
        - [c] (info) every production variant names a model, and the endpoint config still sets \
        `ExecutionRoleArn`, `VpcConfig` or `EnableNetworkIsolation: true`; reported at each.""",
    rationale = """
        Since API version 2023-11-29 a variant may leave out `ModelName`, and the endpoint then \
        hosts inference components; SageMaker acts on their behalf with the endpoint config's \
        `ExecutionRoleArn`, `VpcConfig` and `EnableNetworkIsolation`. Every published \
        inference-component example (the Terraform provider's acceptance test, the SageMaker \
        Python SDK's ModelBuilder) passes a role. For a model-based endpoint the model's own role, \
        VPC and isolation apply, so the endpoint-level members are easily mistaken for overrides.

        Evidence: inferred from the API reference and those examples; no AWS statement about \
        rejection was found, so warnings and information, as the constraints catalogue rates them. \
        The members exist in the 2026-08-07 model only (in 2021-02-22 `ModelName` is required).""")
public final class InferenceComponentVariantSetup implements Rule {
  private static final List<String> ENDPOINT_LEVEL =
      List.of("ExecutionRoleArn", "VpcConfig", "EnableNetworkIsolation");

  @Override
  public void check(RuleContext ctx) {
    List<Specs.At> variants = Specs.objects(ctx.root(), "ProductionVariants");
    if (variants.isEmpty()) {
      return;
    }
    List<Specs.At> componentBased = variants.stream().filter(v ->
        !Specs.present(v.node(), "ModelName") && !Specs.present(v.node(), "ServerlessConfig")).toList();
    boolean anyModelBased = variants.stream().anyMatch(v -> Specs.present(v.node(), "ModelName"));
    boolean hasRole = Specs.present(ctx.root(), "ExecutionRoleArn");
    for (Specs.At v : componentBased) {
      String name = EndpointConfigSupport.variantName(v);
      if (!hasRole) {
        ctx.reportAtKey(v.pointer(), "sm326.noRole", name);
      }
      if (anyModelBased) {
        ctx.reportAtKey(v.pointer(), "sm326.mixed", name);
      }
    }
    boolean allModelBased = variants.stream().allMatch(v -> Specs.present(v.node(), "ModelName"));
    if (allModelBased) {
      for (String member : ENDPOINT_LEVEL) {
        boolean set = member.equals("EnableNetworkIsolation")
            ? EndpointConfigSupport.isTrue(ctx.root(), member) : Specs.present(ctx.root(), member);
        if (set) {
          ctx.reportAtKey(Severity.INFO, "/" + member, "sm326.endpointLevel", member);
        }
      }
    }
  }
}
