package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/**
 * {@code ManagedInstanceScaling} on a variant that is not inference-component based: one that
 * names a model, or a serverless one. In a DescribeEndpointConfig response the config already
 * exists (AWS accepted the combination before it began to validate it), so there it is a warning
 * that the setting does nothing.
 */
@RuleInfo(
    id = "SM316",
    title = "Managed instance scaling on a variant that is not inference-component based",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = ApiVersion.V2026_08_07,
    description = """
        A production or shadow variant sets `ManagedInstanceScaling` but names a model \
        (`ModelName`) or is serverless. Managed instance scaling is for inference-component \
        endpoints, whose variants have no `ModelName`. The finding is on the \
        `ManagedInstanceScaling` key: an error in a CreateEndpointConfig request, a **warning** in a \
        DescribeEndpointConfig response (the config exists, but the setting has no effect and the \
        same request would now be rejected).""",
    rationale = """
        Since about April 2026 SageMaker rejects the combination: "ManagedInstanceScaling is only \
        supported for inference component endpoints" (Terraform AWS provider acceptance tests, \
        PR #45926) and "ManagedInstanceScaling is not supported with the given EndpointConfig setup" \
        (DIAGNijmegen/rse-grand-challenge#4659, whose authors note that the config used to be \
        accepted without doing anything).

        Evidence: observed-reject (2026). Older configs that AWS accepted are reported as warnings \
        when linted as DescribeEndpointConfig responses.""",
    reference = "SM-EC-MIS-IC-ONLY",
    evidence = "observed-reject")
public final class ManagedInstanceScalingOnModelVariant implements Rule {
  @Override
  public void check(RuleContext ctx) {
    boolean response = ctx.kind().isResponse();
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (!Specs.present(variant.node(), "ManagedInstanceScaling")) {
        continue;
      }
      String pointer = variant.pointer() + "/ManagedInstanceScaling";
      String name = EndpointConfigSupport.variantName(variant);
      String model = variant.node().text("ModelName");
      if (Specs.present(variant.node(), "ServerlessConfig")) {
        report(ctx, response, pointer, "sm316.serverless", name);
      } else if (model != null) {
        report(ctx, response, pointer, "sm316.model", name, model);
      }
    }
  }

  private static void report(RuleContext ctx, boolean response, String pointer, String key,
      Object... args) {
    if (response) {
      ctx.reportAtKey(Severity.WARNING, pointer, key + ".existing", args);
    } else {
      ctx.reportAtKey(pointer, key, args);
    }
  }
}
