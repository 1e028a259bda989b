package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** ContainerHostname on a lone PrimaryContainer, where SageMaker ignores it. */
@RuleInfo(
    id = "SM205",
    title = "ContainerHostname on a PrimaryContainer is ignored",
    severity = Severity.INFO,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-PRIMARY-WITH-MULTI-FIELDS",
    evidence = "documented requirement",
    description = """
        `PrimaryContainer.ContainerHostname` is set on a model that has no `Containers`.""",
    rationale = """
        The API reference says the hostname is ignored for models that contain only a \
        `PrimaryContainer`: it matters only for the containers of a pipeline or of a Direct \
        invocation model. The request is accepted; the finding is there so that nobody relies on \
        the name (for example in log queries or as a `TargetContainerHostname`).

        Evidence: documented behaviour; info only.""")
public final class HostnameOnPrimaryContainer implements Rule {
  @Override
  public void check(RuleContext ctx) {
    var primary = ctx.root().object("PrimaryContainer");
    if (primary != null && Specs.present(primary, "ContainerHostname")
        && !ModelSpecs.hasListedContainers(ctx.root())) {
      ctx.reportAtKey("/PrimaryContainer/ContainerHostname", "hostname.primary");
    }
  }
}
