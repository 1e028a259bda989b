package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.math.BigDecimal;
import java.util.List;

/** Every production variant weighted 0: the weights share out no traffic at all. */
@RuleInfo(
    id = "SM313",
    title = "Every production variant has weight 0",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        Every entry of `ProductionVariants` sets `InitialVariantWeight` to 0. The finding is on the \
        `ProductionVariants` key. (One variant without a weight counts as 1.0, so the rule stays \
        silent then.)""",
    rationale = """
        A variant's share of the traffic is its weight divided by the sum of all weights (API \
        reference of `InitialVariantWeight`). When the sum is 0, no variant has a share: the \
        endpoint comes up but is not meant to serve anything until the weights are updated, which \
        is rarely what a spec in a deployment pipeline intends. Setting a new variant to 0 to add it \
        without traffic is fine; setting all of them is usually a mistake.

        Evidence: inferred from the documented ratio semantics; the service model allows 0 and a \
        rejection has not been observed.""",
    reference = "SM-EC-VARIANT-WEIGHTS",
    evidence = "inferred")
public final class AllVariantWeightsZero implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<Specs.At> variants = Specs.objects(ctx.root(), "ProductionVariants");
    if (variants.isEmpty()) {
      return;
    }
    for (Specs.At variant : variants) {
      BigDecimal weight = EndpointConfigSupport.number(variant.node(), "InitialVariantWeight");
      if (weight == null || weight.signum() != 0) {
        return;
      }
    }
    ctx.reportAtKey("/ProductionVariants", "sm313.allZero");
  }
}
