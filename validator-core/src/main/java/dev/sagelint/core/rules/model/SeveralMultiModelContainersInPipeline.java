package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** More than one MultiModel container in an inference pipeline. */
@RuleInfo(
    id = "SM211",
    title = "More than one MultiModel container in a pipeline",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-MME-PIPELINE",
    evidence = "observed-reject",
    description = """
        Two or more entries of `Containers` have `Mode: MultiModel` in a model whose containers \
        run as a pipeline (no `InferenceExecutionConfig`, or `Mode: Serial`). Every MultiModel \
        container after the first is reported. In `Direct` mode, SM212 reports MultiModel \
        containers instead.""",
    rationale = """
        A pipeline may contain at most one multi-model container, as the SageMaker Developer \
        Guide on multi-model endpoints says. CreateModel rejects the request with a \
        ValidationException saying that more than one MultiModel container is not supported in an \
        inference pipeline; the error was reported from a Step Functions workflow that set \
        `Mode: MultiModel` on every container of an Autopilot model \
        (OElesin/sagemaker-autopilot-step-functions#10).

        Evidence: observed-reject, so an error.""")
public final class SeveralMultiModelContainersInPipeline implements Rule {
  /** True when this rule reports something for {@code model}. */
  static boolean applies(ObjectNode model) {
    return ModelSpecs.executionMode(model) != ModelSpecs.ExecutionMode.DIRECT
        && ModelSpecs.listed(model).stream()
            .filter(c -> ModelSpecs.isMultiModel(c.node())).count() > 1;
  }

  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.executionMode(ctx.root()) == ModelSpecs.ExecutionMode.DIRECT) {
      return;
    }
    String first = null;
    for (Specs.At c : ModelSpecs.listed(ctx.root())) {
      if (!ModelSpecs.isMultiModel(c.node())) {
        continue;
      }
      if (first == null) {
        first = c.pointer();
      } else {
        ctx.report(c.pointer() + "/Mode", "mme.pipeline", Paths.readable(c.pointer()),
            Paths.readable(first));
      }
    }
  }
}
