package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** ModelDataSource on a MultiModel container. */
@RuleInfo(
    id = "SM218",
    title = "ModelDataSource on a MultiModel container",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MDS-UNSUPPORTED-WITH",
    evidence = "documented as unsupported; rejection not yet observed",
    description = """
        A container with `Mode: MultiModel` gives its model data as `ModelDataSource`.""",
    rationale = """
        The API reference for `ModelDataSource` lists multi-model endpoints among the features it \
        cannot be used with; a multi-model container takes the S3 prefix of its models in \
        `ModelDataUrl`.

        Evidence: documented as unsupported; no rejection observed yet. It is an error by \
        default (raised from a warning, see CHANGELOG.md), \
        as in the constraints catalogue: sagelint's default is the catalogue's severity: a \
        documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Applies to the 2026-08-07 model only, \
        where the member exists.""")
public final class ModelDataSourceOnMultiModelContainer implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      if (ModelSpecs.isMultiModel(c.node()) && Specs.present(c.node(), "ModelDataSource")) {
        ctx.reportAtKey(c.pointer() + "/ModelDataSource", "data.source.mme",
            Paths.readable(c.pointer()));
      }
    }
  }
}
