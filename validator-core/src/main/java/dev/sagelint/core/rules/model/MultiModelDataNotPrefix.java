package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A MultiModel container whose ModelDataUrl names one archive, or that has no ModelDataUrl. */
@RuleInfo(
    id = "SM214",
    title = "MultiModel container does not point ModelDataUrl at an S3 prefix",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-MME-CONTAINER-FIELDS",
    evidence = "documented requirement",
    description = """
        A container with `Mode: MultiModel` has a `ModelDataUrl` ending in `.tar.gz` (one model \
        archive rather than the prefix the models live under), or has no model data location at \
        all. Containers that take their models from `ModelDataSource` (SM218) or a model package \
        are left alone, and so are pipelines with several MultiModel containers, where SM211 \
        reports the mistake that usually explains the archive paths. Also checked on \
        DescribeModel responses: the mistake surfaces only when models are invoked.""",
    rationale = """
        A multi-model endpoint loads models on demand from under one S3 prefix; invocations name \
        the model by its path relative to that prefix (`TargetModel`). The Developer Guide on \
        creating multi-model endpoints asks for the prefix in `ModelDataUrl` instead of the path of \
        one archive; the generic API text that asks for a `.tar.gz` describes single-model \
        hosting. An archive path here almost always means the container was not meant to be \
        `MultiModel`, or the URL was copied from a single-model setup.

        Evidence: documented requirement; no rejection observed, so a warning.""")
public final class MultiModelDataNotPrefix implements Rule {
  @Override
  public void check(RuleContext ctx) {
    boolean severalInPipeline = SeveralMultiModelContainersInPipeline.applies(ctx.root());
    for (Specs.At c : Specs.containers(ctx.root())) {
      if (!ModelSpecs.isMultiModel(c.node())
          || (severalInPipeline && c.pointer().startsWith("/Containers/"))) {
        // With several MultiModel containers in a pipeline, SM211 reports the real mistake.
        continue;
      }
      String url = c.node().text("ModelDataUrl");
      if (url != null) {
        if (ModelSpecs.isModelDataUrl(url) && ModelSpecs.namesTarGz(url)) {
          ctx.report(c.pointer() + "/ModelDataUrl", "mme.data.archive",
              Paths.readable(c.pointer()));
        }
      } else if (!Specs.present(c.node(), "ModelDataUrl")
          && !Specs.present(c.node(), "ModelDataSource")
          && !Specs.present(c.node(), "ModelPackageName")) {
        ctx.report(c.pointer() + "/Mode", "mme.data.missing", Paths.readable(c.pointer()));
      }
    }
  }
}
