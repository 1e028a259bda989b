package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A gated model's end-user license explicitly declined ({@code AcceptEula: false}). */
@RuleInfo(
    id = "SM235",
    title = "Model data whose EULA is explicitly not accepted",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = {ApiVersion.V2026_08_07},
    reference = "SM-CM-MDS-EULA",
    evidence = "documented requirement",
    description = """
        A container's `ModelDataSource.S3DataSource.ModelAccessConfig`, or that of one of its \
        `AdditionalModelDataSources`, sets `AcceptEula: false`. Reported at the value.

        `ModelAccessConfig` only exists for model data behind an end-user license (gated \
        JumpStart and hub models), and `AcceptEula` is required inside it, so a missing value is \
        already SM101's finding; an explicit `false` is the case left. The members exist since \
        the 2023-11 API model, so under `--api-version 2021-02-22` they are unknown members \
        (SM102) and this rule does not run.""",
    rationale = """
        The API reference of `ModelAccessConfig.AcceptEula` says the value "must be explicitly \
        defined as True in order to accept the EULA that this model requires"; a gated model \
        whose license is not accepted fails to deploy. `false` is a valid boolean, so the shape \
        lets it through.

        Evidence: documented requirement; where the deployment fails (CreateModel or \
        CreateEndpoint) is not documented, so a warning, as the constraints catalogue rates it.""")
public final class EulaNotAccepted implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      check(ctx, c.node().get("ModelDataSource"), c.pointer() + "/ModelDataSource");
      if (c.node().get("AdditionalModelDataSources") instanceof ArrayNode additional) {
        for (int i = 0; i < additional.size(); i++) {
          check(ctx, additional.get(i), c.pointer() + "/AdditionalModelDataSources/" + i);
        }
      }
    }
  }

  /** {@code source} is a container's ModelDataSource or one of its additional data sources. */
  private static void check(RuleContext ctx, Node source, String sourcePointer) {
    if (!(source instanceof ObjectNode s) || !(s.get("S3DataSource") instanceof ObjectNode s3)
        || !(s3.get("ModelAccessConfig") instanceof ObjectNode access)
        || !(access.get("AcceptEula") instanceof ScalarNode accept)
        || !Boolean.FALSE.equals(accept.value())) {
      return;
    }
    String pointer = sourcePointer + "/S3DataSource/ModelAccessConfig/AcceptEula";
    ctx.report(pointer, "eula.declined", Paths.readable(pointer));
  }
}
