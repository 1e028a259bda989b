package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.math.BigInteger;

/** {@code ProvisionedConcurrency} above {@code MaxConcurrency} in one serverless config. */
@RuleInfo(
    id = "SM309",
    title = "Provisioned concurrency exceeds the maximum concurrency",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        In a `ServerlessConfig`, `ProvisionedConcurrency` is greater than `MaxConcurrency`. The \
        finding is on `ProvisionedConcurrency`.""",
    rationale = """
        Provisioned concurrency is the part of the serverless endpoint's concurrency that is kept \
        warm; the API reference says it should be less than or equal to `MaxConcurrency`, and the \
        AWS CDK refuses larger values. Keeping more warm than the endpoint may ever use is at best \
        paid for and unused.

        Evidence: documented requirement (API reference of \
        `ProductionVariantServerlessConfig.ProvisionedConcurrency`, worded as "should"); no \
        rejection observed yet. It is an error by default (raised from a warning, see \
        CHANGELOG.md), as in the constraints catalogue: \
        sagelint's default is the catalogue's severity: a documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree).""",
    reference = "SM-EC-SERVERLESS-SIZING",
    evidence = "documented requirement; rejection not yet observed")
public final class ProvisionedConcurrencyAboveMaximum implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      ObjectNode serverless = variant.node().object("ServerlessConfig");
      if (serverless == null) {
        continue;
      }
      BigInteger provisioned = EndpointConfigSupport.integer(serverless, "ProvisionedConcurrency");
      BigInteger max = EndpointConfigSupport.integer(serverless, "MaxConcurrency");
      if (provisioned != null && max != null && provisioned.compareTo(max) > 0) {
        ctx.report(variant.pointer() + "/ServerlessConfig/ProvisionedConcurrency", "sm309.aboveMax",
            provisioned, max);
      }
    }
  }
}
