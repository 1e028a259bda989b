package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/** Some, but not all, containers of an inference pipeline name their host. */
@RuleInfo(
    id = "SM201",
    title = "Only some pipeline containers set ContainerHostname",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-HOSTNAME-ALL-OR-NONE",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        In a model whose `Containers` run as an inference pipeline (no `InferenceExecutionConfig`, \
        or `Mode: Serial`), at least one container sets `ContainerHostname` and at least one does \
        not. Each container without a hostname is reported.

        Models in `Direct` mode are left to SM203, which requires a hostname on every container; \
        duplicates are SM202's business.""",
    rationale = """
        SageMaker names pipeline containers after their position when no hostname is given, and \
        the hostname is what logs and metrics of each container are filed under. The API \
        reference for `ContainerDefinition.ContainerHostname` requires that once one container of \
        a pipeline has a hostname, every container has one.

        Evidence: documented requirement; no rejected request has been observed yet. It is an \
        error by default (raised from a warning, see CHANGELOG.md), as in the constraints \
        catalogue: sagelint's default is the catalogue's severity: a documented requirement is \
        enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Only CreateModel requests are \
        checked: for a stored model the names have already been assigned.""")
public final class PipelineHostnamesIncomplete implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ModelSpecs.executionMode(ctx.root()) != ModelSpecs.ExecutionMode.SERIAL) {
      return;
    }
    List<Specs.At> containers = ModelSpecs.listed(ctx.root());
    Specs.At named = containers.stream()
        .filter(c -> Specs.present(c.node(), "ContainerHostname")).findFirst().orElse(null);
    if (named == null) {
      return;
    }
    for (Specs.At c : containers) {
      if (!Specs.present(c.node(), "ContainerHostname")) {
        ctx.reportAtKey(c.pointer(), "hostname.partial", Paths.readable(c.pointer()),
            Paths.readable(named.pointer()));
      }
    }
  }
}
