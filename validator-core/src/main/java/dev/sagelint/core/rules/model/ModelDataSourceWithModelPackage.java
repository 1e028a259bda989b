package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** ModelDataSource on a container that is built from a model package. */
@RuleInfo(
    id = "SM219",
    title = "ModelDataSource on a container built from a model package",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MDS-UNSUPPORTED-WITH",
    evidence = "documented as unsupported (for Marketplace packages)",
    description = """
        A container sets both `ModelPackageName` and `ModelDataSource`.""",
    rationale = """
        A model package already carries its image and model data. The API reference says \
        `ModelDataSource` cannot be used with AWS Marketplace model packages; whether a package \
        comes from the Marketplace cannot be told from its name, so the finding is a warning. \
        For your own packages the extra data location is at best redundant.

        Evidence: documented as unsupported for Marketplace packages; applies to the 2026-08-07 \
        model only, where the member exists.""")
public final class ModelDataSourceWithModelPackage implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      if (Specs.present(c.node(), "ModelPackageName")
          && Specs.present(c.node(), "ModelDataSource")) {
        ctx.reportAtKey(c.pointer() + "/ModelDataSource", "data.source.package",
            Paths.readable(c.pointer()));
      }
    }
  }
}
