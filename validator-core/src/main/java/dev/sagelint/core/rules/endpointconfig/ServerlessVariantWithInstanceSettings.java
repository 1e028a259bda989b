package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/** A serverless variant that also names instances; one finding per instance member, at its key. */
@RuleInfo(
    id = "SM305",
    title = "Serverless variant also sets an instance type or count",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A variant has `ServerlessConfig` and also `InstanceType`, `InitialInstanceCount` or \
        `InstancePools`. A variant is either serverless or runs on instances you choose; each of \
        these members is reported at its key.

        Other instance-only settings on a serverless variant (`VolumeSizeInGB`, `RoutingConfig`, \
        ...) are SM307's findings.""",
    rationale = """
        The API reference describes `ServerlessConfig` as a serverless configuration *instead \
        of* an \
        instance-based one, and the AWS CDK refuses to synthesize a variant with both. Whether \
        SageMaker rejects the request or ignores one side is not documented, and either way the \
        spec does not say what its author meant.

        Evidence: documented requirement (API reference of `ProductionVariant.ServerlessConfig`); \
        no rejection observed yet. It is an error by default (raised from a warning, see \
        CHANGELOG.md), as in the constraints catalogue: \
        sagelint's default is the catalogue's severity: a documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree).""",
    reference = "SM-EC-VARIANT-KIND",
    evidence = "documented requirement; rejection not yet observed")
public final class ServerlessVariantWithInstanceSettings implements Rule {
  private static final List<String> INSTANCE_MEMBERS =
      List.of("InstanceType", "InitialInstanceCount", "InstancePools");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (!Specs.present(variant.node(), "ServerlessConfig")) {
        continue;
      }
      for (String member : INSTANCE_MEMBERS) {
        if (Specs.present(variant.node(), member)) {
          ctx.reportAtKey(variant.pointer() + "/" + member, "sm305.instanceMember", member,
              EndpointConfigSupport.variantName(variant));
        }
      }
    }
  }
}
