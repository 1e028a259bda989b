package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** Both PrimaryContainer and Containers in one request. */
@RuleInfo(
    id = "SM209",
    title = "Model sets both PrimaryContainer and Containers",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-CONTAINER-SOURCE",
    evidence = "documented alternative, strengthened by an AWS maintainer (see rationale)",
    description = """
        The request sets `PrimaryContainer` and a non-empty `Containers` list. The finding is at \
        `Containers`.""",
    rationale = """
        The two members are alternatives: `PrimaryContainer` for a single container, \
        `Containers` for inference pipelines and multi-container models. The SageMaker Developer \
        Guide tells multi-container users to set `Containers` *instead of* `PrimaryContainer`, and \
        with both present it is unclear which container the endpoint should run.

        Evidence, stronger than the documentation alone: AWS's SageMaker Operators for Kubernetes \
        were changed (aws/amazon-sagemaker-operator-for-k8s#164) because SageMaker expects either \
        a primary container or a list of containers, not both, as the AWS maintainer put it. No \
        AWS error text has been collected, but the rule reports an error because a request that \
        names two container sources is wrong whichever way AWS resolves it.""")
public final class PrimaryContainerWithContainers implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.hasPrimary(ctx.root()) && ModelSpecs.hasListedContainers(ctx.root())) {
      ctx.reportAtKey("/Containers", "container.both");
    }
  }
}
