package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** A CreateModel request that defines no container at all. */
@RuleInfo(
    id = "SM208",
    title = "Model defines no container",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-CONTAINER-SOURCE",
    evidence = "documented requirement, strengthened by the shape history (see rationale)",
    description = """
        The request has neither `PrimaryContainer` nor a non-empty `Containers` list. The finding \
        is at the empty `Containers` list when there is one, otherwise at the document.""",
    rationale = """
        A model is the container that serves it: without an image (or a model package) there is \
        nothing to host. The schema cannot say "one of these two members", so this rule does.

        Evidence, stronger than a documented requirement alone: `PrimaryContainer` was a required \
        member of CreateModel until November 2018 and stopped being required only when \
        `Containers` was added as the alternative (botocore 1.12.55); the 2021-02-22 operation \
        documentation still said a container must be defined; and the AWS CDK refuses a model \
        without one. That is why this is an error although no AWS error text has been collected.""")
public final class ModelWithoutContainer implements Rule {
  @Override
  public void check(RuleContext ctx) {
    // null or wrongly typed members are SM103's findings; only real absence is reported here.
    if (ctx.root().has("PrimaryContainer")) {
      return;
    }
    Node containers = ctx.root().get("Containers");
    if (containers == null) {
      ctx.reportAtKey("", "container.none");
    } else if (containers instanceof ArrayNode a && a.size() == 0) {
      ctx.report("/Containers", "container.none.empty");
    }
  }
}
