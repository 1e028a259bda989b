package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** Gzip compression declared for an S3 prefix. */
@RuleInfo(
    id = "SM221",
    title = "Gzip compression with an S3Prefix data source",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MDS-S3-LAYOUT",
    evidence = "undocumented combination",
    description = """
        An `S3DataSource` has `CompressionType: Gzip` together with `S3DataType: S3Prefix`. The \
        finding is at `S3DataType`. Also checked on DescribeModel responses.""",
    rationale = """
        The documentation defines `Gzip` for one object (`S3Object`: a gzip-compressed tar \
        archive that SageMaker unpacks) and `None` for both types; what SageMaker does with a \
        compressed prefix is not documented, a gap the AWS CDK reviewers also noticed \
        (aws/aws-cdk#30949). Usually the URI names one archive and the type should be \
        `S3Object`, or the data is uncompressed and the compression should be `None`.

        Evidence: undocumented combination, so a warning. Applies to the 2026-08-07 model only.""")
public final class GzipWithS3Prefix implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At s : ModelSpecs.s3DataSources(ctx.root())) {
      if ("Gzip".equals(s.node().text("CompressionType"))
          && "S3Prefix".equals(s.node().text("S3DataType"))) {
        ctx.report(s.pointer() + "/S3DataType", "s3.gzip.prefix");
      }
    }
  }
}
