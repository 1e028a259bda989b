package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.Locale;

/** A tag key (or, as info, a tag value) that starts with the reserved {@code aws:} prefix. */
@RuleInfo(
    id = "SM507",
    title = "Tag uses the reserved aws: prefix",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        A tag `Key` starts with `aws:` in any letter case (an error), or a tag `Value` does \
        (info).""",
    rationale = """
        AWS keeps the `aws:` prefix for the tags it applies itself (`aws:cloudformation:stack-name` \
        and the like); users cannot create such tags. Specs copied from a `describe` or \
        `list-tags` output carry them along. For values, only some services' guides forbid the \
        prefix, so that sub-check is information only.

        Evidence: documented-reject. AWS's tagging rules prohibit the prefix for user tags, and \
        SageMaker's own tag key pattern excluded it explicitly (`(?!aws:)`) until January 2019.""",
    reference = "SM-TAG-AWS-PREFIX",
    evidence = "documented-reject")
public final class ReservedAwsTagPrefix implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At tag : Specs.objects(ctx.root(), "Tags")) {
      String key = tag.node().text("Key");
      if (key != null && key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
        ctx.report(tag.pointer() + "/Key", "tag.aws.key", key);
      }
      String value = tag.node().text("Value");
      if (value != null && value.toLowerCase(Locale.ROOT).startsWith("aws:")) {
        ctx.report(Severity.INFO, tag.pointer() + "/Value", "tag.aws.value", value);
      }
    }
  }
}
