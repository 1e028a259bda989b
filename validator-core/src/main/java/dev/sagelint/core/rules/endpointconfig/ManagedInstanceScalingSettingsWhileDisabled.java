package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/** Scaling bounds or a scale-in policy in a managed instance scaling block that is not enabled. */
@RuleInfo(
    id = "SM318",
    title = "Managed instance scaling settings while scaling is not enabled",
    severity = Severity.INFO,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A variant's `ManagedInstanceScaling` sets `MinInstanceCount`, `MaxInstanceCount` or \
        `ScaleInPolicy`, but its `Status` is `DISABLED` or absent. The finding is on `Status` (or on \
        the `ManagedInstanceScaling` key when there is no `Status`).""",
    rationale = """
        `Status` says whether managed instance scaling is enabled (API reference); while it is not, \
        the bounds and the scale-in policy do nothing. That is fine for a block kept ready to be \
        switched on, and a surprise when someone believes the endpoint scales.

        Evidence: inferred from the member documentation; the request is valid, so this is only \
        advice.""",
    reference = "SM-EC-MIS-RANGE",
    evidence = "inferred")
public final class ManagedInstanceScalingSettingsWhileDisabled implements Rule {
  private static final List<String> SETTINGS =
      List.of("MinInstanceCount", "MaxInstanceCount", "ScaleInPolicy");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      ObjectNode scaling = variant.node().object("ManagedInstanceScaling");
      if (scaling == null) {
        continue;
      }
      String status = scaling.text("Status");
      if ("ENABLED".equals(status) || (status == null && Specs.present(scaling, "Status"))) {
        // Enabled, or a Status of the wrong type that the schema reports.
        continue;
      }
      List<String> set = SETTINGS.stream().filter(s -> Specs.present(scaling, s)).toList();
      if (set.isEmpty()) {
        continue;
      }
      String names = String.join(", ", set.stream().map(s -> "`" + s + "`").toList());
      String base = variant.pointer() + "/ManagedInstanceScaling";
      if ("DISABLED".equals(status)) {
        ctx.report(base + "/Status", "sm318.disabled", names);
      } else if (status == null) {
        ctx.reportAtKey(base, "sm318.noStatus", names);
      }
    }
  }
}
