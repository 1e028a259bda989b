package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A Gzip S3Object data source whose object name does not look like a tar.gz archive. */
@RuleInfo(
    id = "SM222",
    title = "Gzip S3Object model data is not named .tar.gz",
    severity = Severity.INFO,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MDS-S3-LAYOUT",
    evidence = "documented requirement",
    description = """
        An `S3DataSource` has `S3DataType: S3Object` and `CompressionType: Gzip`, but its `S3Uri` \
        does not end in `.tar.gz` (or `.tgz`). Also checked on DescribeModel responses.""",
    rationale = """
        With this combination SageMaker treats the object as a gzip-compressed tar archive and \
        unpacks it. The name is only a hint, so the finding is informational: an object named \
        `model.pt` or a key without extension is worth a second look, since a plain file marked \
        as Gzip fails to unpack when the endpoint starts.

        Evidence: documented meaning of the combination; names are not validated, so info. \
        Applies to the 2026-08-07 model only.""")
public final class GzipObjectNotTarGz implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At s : ModelSpecs.s3DataSources(ctx.root())) {
      String uri = s.node().text("S3Uri");
      if ("Gzip".equals(s.node().text("CompressionType"))
          && "S3Object".equals(s.node().text("S3DataType")) && uri != null
          && !ModelSpecs.looksTemplated(uri) && !ModelSpecs.namesTarGz(uri)) {
        ctx.report(s.pointer() + "/S3Uri", "s3.gzip.object");
      }
    }
  }
}
