package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** Direct invocation with a single container in Containers. */
@RuleInfo(
    id = "SM206",
    title = "Direct invocation with only one container",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-IEC-CONTAINER-COUNT",
    evidence = "documented requirement",
    description = """
        `InferenceExecutionConfig.Mode` is `Direct` and `Containers` holds exactly one container. \
        (No containers at all is SM208's finding; a `PrimaryContainer` with an execution config \
        is SM204's.)""",
    rationale = """
        Direct invocation exists to call one of several containers hosted together; the \
        SageMaker Developer Guide asks for more than one container in `Containers` for it. With \
        one container, every request still has to name it as `TargetContainerHostname`, which \
        plain single-container hosting does not require. Usually a second container was \
        forgotten, or the execution config is left over.

        Evidence: documented requirement, no rejection observed, so a warning.""")
public final class DirectInvocationWithOneContainer implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.executionMode(ctx.root()) == ModelSpecs.ExecutionMode.DIRECT
        && !ModelSpecs.hasPrimary(ctx.root()) && ctx.root().array("Containers") != null
        && ctx.root().array("Containers").size() == 1) {
      ctx.report("/InferenceExecutionConfig/Mode", "iec.direct.one");
    }
  }
}
