package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A container of a Direct-invocation model has no hostname to be invoked by. */
@RuleInfo(
    id = "SM203",
    title = "Container of a Direct-invocation model has no ContainerHostname",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-DIRECT-HOSTNAME-REQUIRED",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        `InferenceExecutionConfig.Mode` is `Direct` and an entry of `Containers` has no \
        `ContainerHostname`. Only the containers actually listed are checked; a \
        `PrimaryContainer` with `Direct` mode is SM204's finding, and a `Direct` model with a \
        single container is SM206's.""",
    rationale = """
        With direct invocation every request names the container it is for \
        (`TargetContainerHostname`), and SageMaker answers requests for an unknown hostname with \
        a validation error. A container without a hostname therefore cannot be called. The \
        SageMaker Developer Guide states that the hostname is required for each container of a \
        multi-container endpoint with direct invocation.

        Evidence: documented requirement; no CreateModel rejection observed yet (the cost shows \
        up at \
        invocation time at the latest). It is an error by default (raised from a warning, see \
        CHANGELOG.md), as in the constraints \
        catalogue: sagelint's default is the catalogue's severity: a documented requirement is \
        enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Only CreateModel requests are checked.""")
public final class DirectInvocationWithoutHostname implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.executionMode(ctx.root()) != ModelSpecs.ExecutionMode.DIRECT) {
      return;
    }
    for (Specs.At c : ModelSpecs.listed(ctx.root())) {
      if (!Specs.present(c.node(), "ContainerHostname")) {
        ctx.reportAtKey(c.pointer(), "direct.hostname", Paths.readable(c.pointer()));
      }
    }
  }
}
