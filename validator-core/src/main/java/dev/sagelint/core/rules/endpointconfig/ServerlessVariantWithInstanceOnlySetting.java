package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/**
 * Settings of instance-based variants on a serverless variant. Members that other rules always
 * report on a serverless variant are left to them: {@code AcceleratorType} (SM315),
 * {@code ManagedInstanceScaling} (SM316), {@code InstancePools} (SM305).
 */
@RuleInfo(
    id = "SM307",
    title = "Serverless variant sets an instance-only option",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A variant with `ServerlessConfig` also sets an option that configures the instances of an \
        instance-based variant: `VolumeSizeInGB`, `RoutingConfig`, `InferenceAmiVersion`, \
        `CapacityReservationConfig`, `EnableSSMAccess`, `ModelDataDownloadTimeoutInSeconds`, \
        `ContainerStartupHealthCheckTimeoutInSeconds` or `VariantInstanceProvisionTimeoutInSeconds`. \
        Each is reported at its key.

        `AcceleratorType` (SM315), `ManagedInstanceScaling` (SM316) and `InstancePools` (SM305) \
        have rules of their own.""",
    rationale = """
        Serverless endpoints have no instances you configure: no GPU, a fixed ephemeral disk, no \
        instance AMI, reservation or SSM access, and `RoutingConfig` is documented as routing among \
        the instances of the endpoint. AWS documents none of these options for serverless \
        variants, so at best they are ignored and at worst the request fails; either way the spec \
        promises something it will not get.

        Evidence: inferred from the member documentation in the API reference and the Serverless \
        Inference chapter of the Developer Guide; no observed rejection.""",
    reference = "SM-EC-SERVERLESS-UNSUPPORTED-FIELDS",
    evidence = "inferred")
public final class ServerlessVariantWithInstanceOnlySetting implements Rule {
  private static final List<String> INSTANCE_ONLY = List.of(
      "VolumeSizeInGB", "RoutingConfig", "InferenceAmiVersion", "CapacityReservationConfig",
      "EnableSSMAccess", "ModelDataDownloadTimeoutInSeconds",
      "ContainerStartupHealthCheckTimeoutInSeconds", "VariantInstanceProvisionTimeoutInSeconds");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (!Specs.present(variant.node(), "ServerlessConfig")) {
        continue;
      }
      for (String member : INSTANCE_ONLY) {
        if (Specs.present(variant.node(), member)) {
          ctx.reportAtKey(variant.pointer() + "/" + member, "sm307.instanceOnly", member,
              EndpointConfigSupport.variantName(variant));
        }
      }
    }
  }
}
