package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/**
 * Endpoint-level features that serverless endpoints do not support, reported at the feature's key.
 * Shadow variants next to a serverless one are documented as a validation error and belong to
 * SM312.
 */
@RuleInfo(
    id = "SM310",
    title = "Serverless endpoint config uses a feature serverless endpoints lack",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A production variant is serverless (`ServerlessConfig`), and the endpoint config also sets \
        `AsyncInferenceConfig`, `DataCaptureConfig`, `VpcConfig`, or `EnableNetworkIsolation: true`. \
        Each of these is reported at its key. Shadow variants with a serverless variant are SM312's \
        finding; network isolation or a VPC on the *model* is checked across documents.""",
    rationale = """
        The Developer Guide lists what Serverless Inference does not support, among them VPC \
        configuration, network isolation, data capture and Model Monitor, and its feature matrix \
        offers asynchronous inference only on instances. The settings are at best ignored (no data \
        captured, no VPC), which is worse than an error when they exist for compliance.

        Evidence: documented as unsupported (Developer Guide: Serverless Inference feature \
        exclusions, deployment feature matrix); a request-time rejection has not been observed for \
        any of them yet. Asynchronous inference is an error by default (raised from a warning, see \
        CHANGELOG.md), as the constraints catalogue rates it; data capture, VPC and network \
        isolation stay warnings as the catalogue rates them. The exclusion list quoted is the 2023 \
        one.""",
    reference = "SM-EC-SERVERLESS-ENDPOINT-FEATURES",
    evidence = "documented requirement")
public final class ServerlessEndpointWithUnsupportedFeature implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Specs.At serverless = Specs.objects(ctx.root(), "ProductionVariants").stream()
        .filter(v -> Specs.present(v.node(), "ServerlessConfig"))
        .findFirst().orElse(null);
    if (serverless == null) {
      return;
    }
    ObjectNode root = ctx.root();
    String name = EndpointConfigSupport.variantName(serverless);
    if (Specs.present(root, "AsyncInferenceConfig")) {
      ctx.reportAtKey(Severity.ERROR, "/AsyncInferenceConfig", "sm310.async", name);
    }
    if (Specs.present(root, "DataCaptureConfig")) {
      ctx.reportAtKey(Severity.WARNING, "/DataCaptureConfig", "sm310.dataCapture", name);
    }
    if (Specs.present(root, "VpcConfig")) {
      ctx.reportAtKey(Severity.WARNING, "/VpcConfig", "sm310.vpc", name);
    }
    if (EndpointConfigSupport.isTrue(root, "EnableNetworkIsolation")) {
      ctx.reportAtKey(Severity.WARNING, "/EnableNetworkIsolation", "sm310.isolation", name);
    }
  }
}
