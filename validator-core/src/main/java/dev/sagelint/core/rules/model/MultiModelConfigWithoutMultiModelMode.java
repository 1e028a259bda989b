package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** MultiModelConfig on a container that is not in MultiModel mode. */
@RuleInfo(
    id = "SM213",
    title = "MultiModelConfig on a container that is not MultiModel",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-MME-CONTAINER-FIELDS",
    evidence = "documented requirement",
    description = """
        A container sets `MultiModelConfig` but its `Mode` is `SingleModel` or absent (absent \
        means `SingleModel`).""",
    rationale = """
        `MultiModelConfig` only configures multi-model hosting (for example model caching). On a \
        single-model container it has no effect, which usually means `Mode: MultiModel` was \
        forgotten and the endpoint will host one model where many were intended.

        Evidence: documented scope of the member; no rejection observed, so a warning.""")
public final class MultiModelConfigWithoutMultiModelMode implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      // A Mode not known before deployment (a Terraform expression) may well be MultiModel.
      if (c.node().object("MultiModelConfig") != null && !ModelSpecs.isMultiModel(c.node())
          && !(c.node().get("Mode") instanceof dev.sagelint.core.parse.UnknownNode)) {
        ctx.reportAtKey(c.pointer() + "/MultiModelConfig", "mme.config",
            Paths.readable(c.pointer()));
      }
    }
  }
}
