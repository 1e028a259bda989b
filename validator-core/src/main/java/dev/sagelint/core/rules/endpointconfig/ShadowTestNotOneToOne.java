package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** A shadow test with more than one production or more than one shadow variant. */
@RuleInfo(
    id = "SM311",
    title = "Shadow test needs exactly one production and one shadow variant",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        The endpoint config has `ShadowProductionVariants`, and `ShadowProductionVariants` or \
        `ProductionVariants` has more than one entry. The finding is on the key of the list that is \
        too long. (An empty list is the schema's finding.)""",
    rationale = """
        A shadow test mirrors the traffic of one production variant to one shadow variant. The API \
        reference of `CreateEndpointConfig` says that with `ShadowProductionVariants` you can only \
        specify one production variant and one shadow variant, and the Developer Guide's shadow test \
        chapter repeats both maximums; the service model allows up to ten in each list, so the AWS \
        CLI and boto3 do not catch it.

        Evidence: documented-reject. sagelint treats limits that the API reference states for a \
        member of the request itself as part of the request's contract.""",
    reference = "SM-EC-SHADOW-ONE-TO-ONE",
    evidence = "documented-reject")
public final class ShadowTestNotOneToOne implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ArrayNode shadows = ctx.root().array("ShadowProductionVariants");
    if (shadows == null || shadows.size() == 0) {
      return;
    }
    if (shadows.size() > 1) {
      ctx.reportAtKey("/ShadowProductionVariants", "sm311.shadows", shadows.size());
    }
    ArrayNode production = ctx.root().array("ProductionVariants");
    if (production != null && production.size() > 1) {
      ctx.reportAtKey("/ProductionVariants", "sm311.production", production.size());
    }
  }
}
