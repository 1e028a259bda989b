package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A container that gives its model data twice, as ModelDataUrl and as ModelDataSource. */
@RuleInfo(
    id = "SM216",
    title = "Container sets both ModelDataUrl and ModelDataSource",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MODEL-DATA-SOURCE-XOR",
    evidence = "inferred; rejection not yet observed",
    description = """
        A container in a CreateModel request sets both `ModelDataUrl` and `ModelDataSource`. \
        DescribeModel responses are not checked: SageMaker itself reports the archive of a \
        `ModelDataSource` in `ModelDataUrl` as well, so both appear on models created correctly.""",
    rationale = """
        `ModelDataSource` is the newer way to say where the model data is (it adds uncompressed \
        data and access configuration); `ModelDataUrl` is the older one. A request with both \
        leaves it to SageMaker to pick one, and if the two disagree the model silently serves \
        whichever wins. The AWS SDKs send one or the other, never both.

        Evidence: inferred from the documentation of the two members; no rejection observed yet. \
        It is an error by default (raised from a warning, see CHANGELOG.md), as in the \
        constraints catalogue: sagelint's default is the catalogue's severity: a documented \
        requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). The members \
        exist from API version 2023-06-21, so the rule applies to the 2026-08-07 model only.""")
public final class ModelDataUrlWithModelDataSource implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      if (Specs.present(c.node(), "ModelDataUrl") && Specs.present(c.node(), "ModelDataSource")) {
        ctx.reportAtKey(c.pointer() + "/ModelDataUrl", "data.both", Paths.readable(c.pointer()));
      }
    }
  }
}
