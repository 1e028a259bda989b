package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/** Some production variants set a weight and others rely on the default of 1.0. */
@RuleInfo(
    id = "SM314",
    title = "Only some production variants set a weight",
    severity = Severity.INFO,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    description = """
        `ProductionVariants` has several entries; some set `InitialVariantWeight` and others do \
        not. The finding is on each variant without a weight.""",
    rationale = """
        A variant without `InitialVariantWeight` counts as 1.0 (API reference). Next to explicit \
        weights such as 90 and 10, a forgotten weight turns a 90/10 split into 90/10/1, or next to \
        0.9 and 0.1 into 0.9/0.1/1.0, which sends half of the traffic to the variant without a \
        weight. Writing every weight makes the split readable in review.

        Evidence: documented default (API reference); the request is valid, so this is only \
        advice.""",
    reference = "SM-EC-VARIANT-WEIGHTS",
    evidence = "documented requirement")
public final class VariantWeightsPartlyOmitted implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<Specs.At> variants = Specs.objects(ctx.root(), "ProductionVariants");
    if (variants.size() < 2
        || variants.stream().noneMatch(v -> Specs.present(v.node(), "InitialVariantWeight"))) {
      return;
    }
    for (Specs.At variant : variants) {
      if (!Specs.present(variant.node(), "InitialVariantWeight")) {
        ctx.reportAtKey(variant.pointer(), "sm314.omitted", EndpointConfigSupport.variantName(variant));
      }
    }
  }
}
