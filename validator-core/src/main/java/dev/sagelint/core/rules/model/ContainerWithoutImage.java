package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A container definition that names neither an image nor a model package. */
@RuleInfo(
    id = "SM210",
    title = "Container has neither Image nor ModelPackageName",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-CONTAINER-IMAGE-OR-PACKAGE",
    evidence = "shape history (see rationale)",
    description = """
        A container (`PrimaryContainer` or an entry of `Containers`) sets neither `Image` nor \
        `ModelPackageName`, so nothing says what to run.""",
    rationale = """
        The inference code comes either from an image or from a model package; without either, \
        SageMaker has nothing to start.

        Evidence: `Image` was a required member of `ContainerDefinition` until November 2018 and \
        became optional only when `ModelPackageName` was added as the alternative (botocore \
        1.12.55); nothing since has given a container a third source. The rule therefore reports \
        an error although no AWS error text has been collected.""")
public final class ContainerWithoutImage implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      if (!Specs.present(c.node(), "Image") && !Specs.present(c.node(), "ModelPackageName")) {
        ctx.reportAtKey(c.pointer(), "container.noimage", Paths.readable(c.pointer()));
      }
    }
  }
}
