package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.SeverityIn;
import dev.sagelint.core.rules.Specs;

/** {@code AcceleratorType}: an Elastic Inference accelerator, a retired service. */
@RuleInfo(
    id = "SM315",
    title = "Elastic Inference accelerator requested",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        A production or shadow variant sets `AcceleratorType`, which attaches an Amazon Elastic \
        Inference (EI) accelerator (`ml.eia1.*`, `ml.eia2.*`). The finding is on the key.""",
    rationale = """
        AWS closed Elastic Inference to new customers on 2023-04-15 and recommends migrating to GPU \
        or AWS Inferentia instances. Since botocore 1.35.51 (2024-10-29) the API reference says the \
        parameter is no longer supported because EI is no longer available; the 2026-08-07 model \
        carries that text. A spec that still asks for EI gets no accelerator.

        Evidence: documented as unsupported (2026-08-07 model text; Developer Guide on EI). A \
        request-time rejection has not been observed yet. Against the 2026-08-07 model, whose own \
        text says the parameter is no longer supported, it is an error by default (raised from a \
        warning, see CHANGELOG.md); against 2021-02-22, when EI still existed, a warning, as the \
        constraints catalogue rates them.""",
    reference = "SM-EC-EI-RETIRED",
    evidence = "documented requirement; rejection not yet observed")
@SeverityIn(version = ApiVersion.V2026_08_07, severity = Severity.ERROR)
public final class ElasticInferenceAccelerator implements Rule {
  @Override
  public void check(RuleContext ctx) {
    String key = ctx.apiVersion() == ApiVersion.V2021_02_22 ? "sm315.closed" : "sm315.unsupported";
    for (Specs.At variant : Specs.variants(ctx.root(), ctx.apiVersion())) {
      // A value not known before deployment may be null (a Terraform variable's optional
      // attribute), which requests no accelerator: only a written type is reported.
      if (variant.node().text("AcceleratorType") != null) {
        ctx.reportAtKey(variant.pointer() + "/AcceleratorType", key,
            EndpointConfigSupport.variantName(variant));
      }
    }
  }
}
