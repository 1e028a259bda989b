package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashMap;
import java.util.Map;

/**
 * Instance pools that contradict the variant or each other: an {@code InstanceType} next to
 * {@code InstancePools}, or two pools with one priority or one instance type.
 */
@RuleInfo(
    id = "SM319",
    title = "Instance pools overlap or compete with the variant's instance type",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A production or shadow variant sets `InstancePools` and also `InstanceType` (reported at \
        `InstanceType`), or two of its pools share a `Priority` or an `InstanceType` (reported at \
        the later one).""",
    rationale = """
        Instance pools (added 2026-04-30) list the instance types a variant may run on, and \
        SageMaker provisions them in order of priority, trying the next pool when one has no \
        capacity (API reference of `InstancePool.Priority`). How a variant-level `InstanceType` \
        combines with pools is not documented: it is redundant at best. Two pools with one priority \
        leave the order undefined, and one instance type in two pools adds nothing.

        Evidence: inferred (the relation is undocumented for a new feature); a rejection has not \
        been observed.""",
    reference = "SM-EC-INSTANCE-POOLS",
    evidence = "inferred")
public final class InstancePoolsConflict implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (variant.node().array("InstancePools") == null) {
        continue;
      }
      if (Specs.present(variant.node(), "InstanceType")) {
        ctx.reportAtKey(variant.pointer() + "/InstanceType", "sm319.both",
            EndpointConfigSupport.variantName(variant));
      }
      Map<Object, String> priorities = new HashMap<>();
      Map<String, String> types = new HashMap<>();
      for (Specs.At pool : Specs.objects(variant.node(), variant.pointer(), "InstancePools")) {
        if (pool.node().get("Priority") instanceof ScalarNode p && p.isNumber()) {
          String pointer = pool.pointer() + "/Priority";
          String first = priorities.putIfAbsent(p.value(), pointer);
          if (first != null) {
            ctx.report(pointer, "sm319.samePriority", p.value(), Paths.readable(first));
          }
        }
        String type = pool.node().text("InstanceType");
        if (type != null) {
          String pointer = pool.pointer() + "/InstanceType";
          String first = types.putIfAbsent(type, pointer);
          if (first != null) {
            ctx.report(pointer, "sm319.sameType", type, Paths.readable(first));
          }
        }
      }
    }
  }
}
