package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashMap;
import java.util.Map;

/** The same tag key twice in Tags. */
@RuleInfo(
    id = "SM506",
    title = "Tag key appears more than once",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Two entries of `Tags` have the same `Key`. Keys are compared exactly, as AWS does: `Team` \
        and `team` are different keys. The finding points at the later entry and names the first.""",
    rationale = """
        A resource has one value per tag key, so a request with the key twice is ambiguous; AWS \
        refuses it rather than picking one. The usual cause is a list of default tags merged with \
        the spec's own.

        Evidence: documented-reject. The AWS tagging rules say a request that uses the same key \
        twice on a resource is rejected, and the 2026-08-07 API model adds that tag keys must be \
        unique per resource.""",
    reference = "SM-TAG-KEY-UNIQUE",
    evidence = "documented-reject")
public final class DuplicateTagKey implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Map<String, String> first = new HashMap<>();
    for (Specs.At tag : Specs.objects(ctx.root(), "Tags")) {
      String key = tag.node().text("Key");
      if (key == null) {
        continue;
      }
      String earlier = first.putIfAbsent(key, tag.pointer());
      if (earlier != null) {
        ctx.report(tag.pointer() + "/Key", "tag.duplicate", key, Paths.readable(earlier));
      }
    }
  }
}
