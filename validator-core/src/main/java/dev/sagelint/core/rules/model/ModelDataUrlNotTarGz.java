package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A single-model container whose ModelDataUrl does not name a .tar.gz archive. */
@RuleInfo(
    id = "SM215",
    title = "ModelDataUrl does not name a .tar.gz archive",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-MODEL-DATA-TARGZ",
    evidence = "documented requirement",
    description = """
        A container that is not `MultiModel` has an `s3://` or `https://` `ModelDataUrl` whose \
        object name does not end in `.tar.gz` (`.tgz` is accepted too; the query string of a \
        pre-signed https URL is ignored). Values that are not URLs at all are left to the \
        schema's pattern rule (SM105), and containers that also have `ModelDataSource` to SM216 \
        (DescribeModel can echo the archive of a `ModelDataSource` as `ModelDataUrl`). Also \
        checked on DescribeModel responses, because the failure comes when the model is deployed.""",
    rationale = """
        For single-model hosting the API reference requires `ModelDataUrl` to point at one \
        gzip-compressed tar archive, which SageMaker unpacks into `/opt/ml/model`. CreateModel \
        checks that the object exists but, as far as is known, not its format: a prefix, a \
        directory or a raw weights file is accepted and the endpoint then fails to start, which \
        takes many minutes to find out. Uncompressed model data belongs in `ModelDataSource` with \
        `CompressionType: None`.

        Evidence: documented requirement; the suffix is not known to be validated, so a warning.""")
public final class ModelDataUrlNotTarGz implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      String url = c.node().text("ModelDataUrl");
      if (url == null || ModelSpecs.isMultiModel(c.node()) || ModelSpecs.modeUnknown(c.node())
          || !ModelSpecs.isModelDataUrl(url)
          || Specs.present(c.node(), "ModelDataSource") || ModelSpecs.looksTemplated(url)) {
        continue;
      }
      if (!ModelSpecs.namesTarGz(url)) {
        String key = url.endsWith("/") ? "data.targz.prefix" : "data.targz";
        ctx.report(c.pointer() + "/ModelDataUrl", key);
      }
    }
  }
}
