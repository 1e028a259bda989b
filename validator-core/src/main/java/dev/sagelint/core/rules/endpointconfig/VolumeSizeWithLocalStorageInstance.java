package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.InstanceTypes.LocalStorage;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VolumeSizeInGB} on a variant whose instance type has local NVMe storage. Reported at the
 * member to remove; an instance type with unknown storage gets an info finding at the type.
 */
@RuleInfo(
    id = "SM302",
    title = "Storage volume size set for an instance type with local NVMe storage",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        A production or shadow variant sets `VolumeSizeInGB`, but its `InstanceType` (or the \
        instance type of one of its `InstancePools`) has local NVMe instance storage, which SageMaker \
        uses instead of an EBS volume. The finding is on `VolumeSizeInGB`.

        An instance type whose local storage sagelint does not know gets an **info** finding at the \
        instance type instead. `VolumeSizeInGB` does not exist in the 2021-02-22 model, so the rule \
        only runs for later versions.""",
    rationale = """
        The EBS volume size only means something for instance types without local storage, and AWS \
        rejects the request otherwise: users quote the service error "VolumeSize parameter is not \
        allowed for the selected Instance type" (autogluon-cloud#50, for `ml.g4dn.*`) and a service \
        exception for `ml.trn1` (sagemaker-python-sdk#4828); the SageMaker Python SDK carries a \
        helper only to avoid sending it.

        Evidence: observed-reject. sagelint decides by the reference table of instance types with \
        local storage, not by the SDK's name heuristic, which misses families such as `trn2` and \
        `g7e`. Types without local storage are never flagged, although one report also names \
        `ml.p3.*`, until there is firmer evidence for them.""",
    reference = "SM-EC-VOLUME-SIZE-LOCAL-STORAGE",
    evidence = "observed-reject")
public final class VolumeSizeWithLocalStorageInstance implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (!Specs.present(variant.node(), "VolumeSizeInGB")) {
        continue;
      }
      List<Specs.Text> withStorage = new ArrayList<>();
      for (Specs.Text type : Specs.instanceTypes(variant)) {
        LocalStorage storage = EndpointConfigSupport.localStorage(ctx, type.value()).orElse(null);
        if (storage == LocalStorage.YES) {
          withStorage.add(type);
        } else if (storage == LocalStorage.UNKNOWN) {
          ctx.report(Severity.INFO, type.pointer(), "sm302.volume.unknown", type.value());
        }
      }
      if (!withStorage.isEmpty()) {
        ctx.reportAtKey(variant.pointer() + "/VolumeSizeInGB", "sm302.volume",
            EndpointConfigSupport.describeAll(withStorage));
      }
    }
  }
}
