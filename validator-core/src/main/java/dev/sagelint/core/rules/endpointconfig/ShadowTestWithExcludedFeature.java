package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/**
 * Features that the Developer Guide says make a shadow test fail validation: asynchronous
 * inference, serverless variants, Inf1 instances and Elastic Inference. Each is reported at the
 * member to remove (for Inf1, the instance type to change).
 */
@RuleInfo(
    id = "SM312",
    title = "Shadow test combined with a feature shadow tests exclude",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        The endpoint config has `ShadowProductionVariants` and also one of: `AsyncInferenceConfig`; \
        a production or shadow variant with `ServerlessConfig`; an `ml.inf1.*` instance type \
        (including instance pools); or `AcceleratorType` (Elastic Inference). Each is reported where \
        it is written.

        Models that shadow tests exclude (Marketplace, multi-container, multi-model) are checked \
        across documents.""",
    rationale = """
        The Developer Guide's shadow test exclusions state that shadow tests with serverless \
        inference, asynchronous inference, Inf1 instances or Elastic Inference accelerators lead to \
        validation errors.

        Evidence: documented-reject (Developer Guide, shadow test exclusions). `AcceleratorType` \
        is also SM315's finding, which concerns Elastic Inference itself; this one concerns the \
        shadow test.""",
    reference = "SM-EC-SHADOW-EXCLUSIONS",
    evidence = "documented-reject")
public final class ShadowTestWithExcludedFeature implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (!EndpointConfigSupport.nonEmptyArray(ctx.root(), "ShadowProductionVariants")) {
      return;
    }
    if (Specs.present(ctx.root(), "AsyncInferenceConfig")) {
      ctx.reportAtKey("/AsyncInferenceConfig", "sm312.async");
    }
    for (Specs.At variant : Specs.variants(ctx.root())) {
      String name = EndpointConfigSupport.variantName(variant);
      if (Specs.present(variant.node(), "ServerlessConfig")) {
        ctx.reportAtKey(variant.pointer() + "/ServerlessConfig", "sm312.serverless", name);
      }
      for (Specs.Text type : Specs.instanceTypes(variant)) {
        if (type.value().startsWith("ml.inf1.")) {
          ctx.report(type.pointer(), "inf1", type.value());
        }
      }
      if (Specs.present(variant.node(), "AcceleratorType")) {
        ctx.reportAtKey(variant.pointer() + "/AcceleratorType", "sm312.elasticInference", name);
      }
    }
  }
}
