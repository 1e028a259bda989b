package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An asynchronous endpoint config with several production variants or with data capture. */
@RuleInfo(
    id = "SM322",
    title = "Asynchronous endpoint config uses a feature asynchronous inference lacks",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        The endpoint config sets `AsyncInferenceConfig` and also has more than one production \
        variant (reported at `ProductionVariants`) or a `DataCaptureConfig` (reported there).""",
    rationale = """
        The deployment feature matrix of the SageMaker Developer Guide (2023) marks neither \
        multiple production variants nor data capture / Model Monitor as supported for asynchronous \
        inference, and the AWS CDK's design notes describe an asynchronous config as having a single \
        instance-based variant. The matrix may have changed since; check it before relying on \
        either combination.

        Evidence: documented as unsupported (Developer Guide feature matrix); a rejection has not \
        been observed.""",
    reference = "SM-EC-ASYNC-FEATURES",
    evidence = "documented requirement")
public final class AsyncInferenceWithUnsupportedFeature implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (!Specs.present(ctx.root(), "AsyncInferenceConfig")) {
      return;
    }
    ArrayNode production = ctx.root().array("ProductionVariants");
    if (production != null && production.size() > 1) {
      ctx.reportAtKey("/ProductionVariants", "sm322.variants", production.size());
    }
    if (Specs.present(ctx.root(), "DataCaptureConfig")) {
      ctx.reportAtKey("/DataCaptureConfig", "sm322.dataCapture");
    }
  }
}
