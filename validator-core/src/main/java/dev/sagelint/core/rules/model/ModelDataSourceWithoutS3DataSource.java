package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A ModelDataSource that names no data source. */
@RuleInfo(
    id = "SM217",
    title = "ModelDataSource names no data source",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MODEL-DATA-SOURCE-XOR",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        A container's `ModelDataSource` is an object without `S3DataSource`, currently its only \
        member.""",
    rationale = """
        The API reference asks for exactly one data source inside `ModelDataSource`. An empty one \
        says that the model has data but not where it is. `S3DataSource` was a required member \
        until December 2023 (botocore 1.34.2); it became optional without a second kind of \
        source being added, so the relaxation reads as room for future sources rather than \
        permission to leave it out.

        Evidence: documented requirement with that shape history; no rejection observed yet. It \
        is an error by default (raised from a warning, see CHANGELOG.md), as in the constraints \
        catalogue: sagelint's default is the catalogue's severity: a documented requirement is \
        enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). The member exists \
        from API version 2023-06-21, so the rule applies to the 2026-08-07 model only.""")
public final class ModelDataSourceWithoutS3DataSource implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      var source = c.node().object("ModelDataSource");
      if (source != null && !Specs.present(source, "S3DataSource")) {
        ctx.report(c.pointer() + "/ModelDataSource", "data.source.empty",
            Paths.readable(c.pointer()));
      }
    }
  }
}
