package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/** A serverless production variant in a config with more than one production variant. */
@RuleInfo(
    id = "SM306",
    title = "Serverless variant shares the endpoint config with other variants",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        `ProductionVariants` has more than one entry and at least one of them is serverless \
        (`ServerlessConfig`). The finding is on the `ServerlessConfig` of each serverless variant. \
        Shadow variants next to a serverless one are SM312's finding.""",
    rationale = """
        Serverless Inference does not support multiple production variants: it is in the list of \
        feature exclusions of the Serverless Inference chapter of the SageMaker Developer Guide, \
        and \
        the AWS CDK refuses to mix serverless and instance variants or to add a second serverless \
        one. A serverless endpoint is one model behind one variant; A/B tests between variants \
        need \
        instance-based variants.

        Evidence: documented as unsupported (Developer Guide); a rejection at CreateEndpointConfig \
        time has not been observed yet. It is an error by default (raised from a warning, see \
        CHANGELOG.md), as in the constraints \
        catalogue: sagelint's default is the catalogue's severity: a documented requirement is \
        enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree).""",
    reference = "SM-EC-SERVERLESS-NO-MIX",
    evidence = "documented requirement; rejection not yet observed")
public final class ServerlessVariantAmongSeveral implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<Specs.At> variants = Specs.objects(ctx.root(), "ProductionVariants");
    if (variants.size() < 2) {
      return;
    }
    for (Specs.At variant : variants) {
      if (Specs.present(variant.node(), "ServerlessConfig")) {
        ctx.reportAtKey(variant.pointer() + "/ServerlessConfig", "sm306.mixed",
            EndpointConfigSupport.variantName(variant), variants.size());
      }
    }
  }
}
