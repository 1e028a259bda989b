package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** InferenceExecutionConfig on a model that has only a PrimaryContainer. */
@RuleInfo(
    id = "SM204",
    title = "InferenceExecutionConfig on a model with only a PrimaryContainer",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-PRIMARY-WITH-MULTI-FIELDS",
    evidence = "documented requirement",
    description = """
        The model sets `InferenceExecutionConfig` but defines its container as \
        `PrimaryContainer`, without `Containers`. (A model with both is SM209's finding.)""",
    rationale = """
        `InferenceExecutionConfig` chooses how the containers of a multi-container model are \
        called, in sequence or one at a time; multi-container models list their containers in \
        `Containers`. On a single `PrimaryContainer` the setting has nothing to act on. Most often \
        the author meant a multi-container model (especially with `Mode: Direct`) and put the \
        container in the wrong member, and the endpoint will not behave as they expect.

        Evidence: documented scope of the member; no rejection observed, so a warning.""")
public final class ExecutionConfigOnSingleContainerModel implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ctx.root().object("InferenceExecutionConfig") != null && ModelSpecs.hasPrimary(ctx.root())
        && !ModelSpecs.hasListedContainers(ctx.root())) {
      ctx.reportAtKey("/InferenceExecutionConfig", "iec.primary");
    }
  }
}
