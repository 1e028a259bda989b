package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An S3Prefix model data source whose URI does not end with a slash. */
@RuleInfo(
    id = "SM220",
    title = "S3Prefix model data URI does not end with a slash",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-MDS-S3-LAYOUT",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        An `S3DataSource` (in `ModelDataSource` or `AdditionalModelDataSources`) has \
        `S3DataType: S3Prefix` and an `S3Uri` that does not end with `/`. Sources with \
        `CompressionType: Gzip` are SM221's finding instead, since there the type rather than \
        the URI is usually what is wrong. Also checked on DescribeModel responses.""",
    rationale = """
        The API reference states that a valid key prefix in `S3Uri` always ends with a forward \
        slash. Without it, S3 prefix matching also picks up sibling keys \
        (`s3://bucket/model` matches `model-old/...` and `model.tar.gz`), so files of another \
        model can end up in `/opt/ml/model`.

        Evidence: documented requirement; no rejected request observed yet. Since 0.2.0 this is an \
        error, as in the constraints catalogue: sagelint's default is the catalogue's severity: \
        a documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Applies to the 2026-08-07 model \
        only, where the member exists.""")
public final class S3PrefixWithoutTrailingSlash implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At s : ModelSpecs.s3DataSources(ctx.root())) {
      String uri = s.node().text("S3Uri");
      if ("S3Prefix".equals(s.node().text("S3DataType")) && uri != null && !uri.endsWith("/")
          && !"Gzip".equals(s.node().text("CompressionType")) && !ModelSpecs.looksTemplated(uri)
          // A CompressionType nobody can know yet may be Gzip, which takes a single object.
          && !(s.node().get("CompressionType") instanceof UnknownNode)) {
        ctx.report(s.pointer() + "/S3Uri", "s3.prefix.slash");
      }
    }
  }
}
