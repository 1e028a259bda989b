package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/**
 * A variant that is not serverless but lacks what an instance-based variant needs: an instance type
 * (or instance pools) and an initial instance count. One finding per variant, at the variant.
 */
@RuleInfo(
    id = "SM304",
    title = "Variant is neither serverless nor fully instance-based",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A production or shadow variant has no `ServerlessConfig`, so it is instance-based, but it \
        lacks `InstanceType` (and `InstancePools`), or `InitialInstanceCount`. The finding is on the \
        variant and says what is missing.

        In the 2021-02-22 model both members are simply required, so the schema reports them there \
        and this rule only runs for later versions.""",
    rationale = """
        `InstanceType` and `InitialInstanceCount` were required members of every production variant \
        until the model of 2021-12-01 (botocore 1.23.18), where they became optional for one reason: \
        a variant may instead be serverless (`ServerlessConfig`). Nothing in later models relaxes \
        them for instance-based variants, and such a variant cannot be placed on any hardware.

        Evidence: documented-reject in the older models (the members were shape-required, as in \
        the bundled 2021-02-22 model); the relaxation is documented as serving serverless variants \
        only. sagelint treats that history as strong enough for an error.""",
    reference = "SM-EC-VARIANT-KIND",
    evidence = "documented-reject (shape-required before 2021-12-01)")
public final class InstanceVariantWithoutCapacity implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (Specs.present(variant.node(), "ServerlessConfig")) {
        continue;
      }
      boolean hasType = Specs.present(variant.node(), "InstanceType")
          || Specs.present(variant.node(), "InstancePools");
      boolean hasCount = Specs.present(variant.node(), "InitialInstanceCount");
      String name = EndpointConfigSupport.variantName(variant);
      if (!hasType) {
        ctx.reportAtKey(variant.pointer(), hasCount ? "sm304.noType" : "sm304.noTypeNoCount", name);
      } else if (!hasCount) {
        ctx.reportAtKey(variant.pointer(), "sm304.noCount", name);
      }
    }
  }
}
