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

/**
 * Managed instance scaling whose bounds contradict each other or the variant's initial count.
 * When the bounds are inverted the initial count is not checked against them.
 */
@RuleInfo(
    id = "SM317",
    title = "Managed instance scaling bounds are inconsistent",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = ApiVersion.V2026_08_07,
    description = """
        In a variant's `ManagedInstanceScaling`, `MinInstanceCount` is greater than \
        `MaxInstanceCount` (reported at `MinInstanceCount`); or scaling is `ENABLED` and the \
        variant's `InitialInstanceCount` lies outside `[MinInstanceCount, MaxInstanceCount]` \
        (reported at `InitialInstanceCount`).""",
    rationale = """
        The minimum is the number of instances the endpoint keeps when it scales in and the maximum \
        the number it may reach when it scales out (API reference). An inverted range has no valid \
        instance count, and an initial count outside the range is corrected by the first scaling \
        action, so the endpoint does not start the way the spec says.

        Evidence: inferred from the member documentation; a rejection has not been observed yet. \
        The inverted range is an error by default (raised from a warning, see CHANGELOG.md) and \
        the initial count outside the range a warning, as the constraints catalogue rates them.""",
    reference = "SM-EC-MIS-RANGE",
    evidence = "inferred; rejection not yet observed")
public final class ManagedInstanceScalingRangeInconsistent implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      ObjectNode scaling = variant.node().object("ManagedInstanceScaling");
      if (scaling == null) {
        continue;
      }
      String base = variant.pointer() + "/ManagedInstanceScaling";
      BigInteger min = EndpointConfigSupport.integer(scaling, "MinInstanceCount");
      BigInteger max = EndpointConfigSupport.integer(scaling, "MaxInstanceCount");
      if (min != null && max != null && min.compareTo(max) > 0) {
        ctx.report(Severity.ERROR, base + "/MinInstanceCount", "sm317.inverted", min, max);
        continue;
      }
      BigInteger initial = EndpointConfigSupport.integer(variant.node(), "InitialInstanceCount");
      if (!"ENABLED".equals(scaling.text("Status")) || initial == null) {
        continue;
      }
      if (min != null && initial.compareTo(min) < 0) {
        ctx.report(Severity.WARNING, variant.pointer() + "/InitialInstanceCount", "sm317.belowMin", initial, min);
      } else if (max != null && initial.compareTo(max) > 0) {
        ctx.report(Severity.WARNING, variant.pointer() + "/InitialInstanceCount", "sm317.aboveMax", initial, max);
      }
    }
  }
}
