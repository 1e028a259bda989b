package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A variant that may only launch into a capacity reservation but names none. */
@RuleInfo(
    id = "SM328",
    title = "Capacity reservation required but no MlReservationArn given",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-EC-CAPRES-NEEDS-ARN",
    evidence = "inferred",
    description = """
        A variant's `CapacityReservationConfig` has `CapacityReservationPreference: \
        capacity-reservations-only` and no `MlReservationArn`. Reported at the preference.""",
    rationale = """
        With `capacity-reservations-only` SageMaker "launches instances only into an ML capacity \
        reservation"; `MlReservationArn` names which one. Without it the spec does not say where \
        the instances should come from. The reservation's instance type must also match the \
        variant's, which cannot be checked offline.

        Evidence: inferred from the API reference of \
        `ProductionVariantCapacityReservationConfig`; a warning, as the catalogue rates it. The \
        member exists in the 2026-08-07 model only.""")
public final class CapacityReservationWithoutArn implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root(), ctx.apiVersion())) {
      ObjectNode config = variant.node().object("CapacityReservationConfig");
      if (config != null && "capacity-reservations-only".equals(config.text("CapacityReservationPreference"))
          && !Specs.present(config, "MlReservationArn")) {
        ctx.report(variant.pointer() + "/CapacityReservationConfig/CapacityReservationPreference",
            "sm328.noArn", EndpointConfigSupport.variantName(variant));
      }
    }
  }
}
