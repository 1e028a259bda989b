package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A MultiModel container in a Direct-invocation (multi-container) model. */
@RuleInfo(
    id = "SM212",
    title = "MultiModel container in a Direct-invocation model",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-MME-PIPELINE",
    evidence = "documented as unsupported",
    description = """
        `InferenceExecutionConfig.Mode` is `Direct` and an entry of `Containers` has \
        `Mode: MultiModel`. Also checked on DescribeModel responses, because a stored model like \
        this fails when it is deployed, not when it is created.""",
    rationale = """
        Multi-model hosting and multi-container endpoints with direct invocation are separate \
        features: the SageMaker feature matrix lists multi-model endpoints as not supported on \
        multi-container endpoints. Whether CreateModel already refuses the combination is not \
        known, so the finding is a warning, but such a model cannot be served as intended.

        Evidence: documented as unsupported; no request-time rejection observed.""")
public final class MultiModelContainerInDirectMode implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.executionMode(ctx.root()) != ModelSpecs.ExecutionMode.DIRECT) {
      return;
    }
    for (Specs.At c : ModelSpecs.listed(ctx.root())) {
      if (ModelSpecs.isMultiModel(c.node())) {
        ctx.report(c.pointer() + "/Mode", "mme.direct", Paths.readable(c.pointer()));
      }
    }
  }
}
