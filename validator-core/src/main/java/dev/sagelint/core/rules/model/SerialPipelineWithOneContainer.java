package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** An explicit Serial execution mode with a single container. */
@RuleInfo(
    id = "SM207",
    title = "Serial execution mode with only one container",
    severity = Severity.INFO,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-IEC-CONTAINER-COUNT",
    evidence = "documented requirement",
    description = """
        `InferenceExecutionConfig.Mode` is explicitly `Serial` and `Containers` holds exactly one \
        container. A one-item `Containers` list without an execution config is not reported: \
        AWS's own serverless examples use it.""",
    rationale = """
        An inference pipeline is documented as two to fifteen containers run in sequence. A \
        one-container "pipeline" is accepted and works like a single container, so the setting \
        changes nothing; the finding points out that either a container is missing or the \
        execution config can go.

        Evidence: documented definition of a pipeline; requests like this are accepted, so info \
        only.""")
public final class SerialPipelineWithOneContainer implements Rule {
  @Override
  public void check(RuleContext ctx) {
    var config = ctx.root().object("InferenceExecutionConfig");
    if (config != null && "Serial".equals(config.text("Mode")) && !ModelSpecs.hasPrimary(ctx.root())
        && ctx.root().array("Containers") != null && ctx.root().array("Containers").size() == 1) {
      ctx.report("/InferenceExecutionConfig/Mode", "iec.serial.one");
    }
  }
}
