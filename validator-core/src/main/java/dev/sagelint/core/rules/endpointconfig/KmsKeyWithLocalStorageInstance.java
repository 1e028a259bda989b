package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.InstanceTypes.LocalStorage;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint-level {@code KmsKeyId} together with an instance type that has local NVMe storage.
 *
 * <p>The finding sits on {@code KmsKeyId}, not on the instance type: the type is usually dictated
 * by the model (most current GPU families have NVMe storage), the fix AWS's own error names first
 * and the one the SageMaker Python SDK automated is dropping the key, and a config has one key but
 * may have many variants, so one finding lists every affected type instead of repeating itself.
 * Types whose storage is unknown get an info finding at the type itself, since that is what the
 * user has to look up.
 */
@RuleInfo(
    id = "SM301",
    title = "KMS key set for an instance type with local NVMe storage",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        The endpoint config sets `KmsKeyId`, and at least one variant runs on an instance type with \
        local NVMe instance storage (`ml.g5.*`, `ml.p4d.*`, `ml.m5d.*`, ...). Every instance type of \
        every production and shadow variant is checked: `InstanceType` and each \
        `InstancePools[*].InstanceType`. The finding is on `KmsKeyId` and names the instance types \
        concerned.

        An instance type whose local storage sagelint does not know gets an **info** finding at the \
        instance type instead.""",
    rationale = """
        With the 2021-02-22 model, AWS documents that CreateEndpointConfig **fails** when a KMS key is \
        given for an instance type with local storage, and users have hit the ValidationException \
        (sagemaker-python-sdk#3677, whose SDK now drops the key for such types). The 2026-08-07 \
        model no longer words this as a rejection: it says the key does not encrypt the instance's \
        local storage (that storage is encrypted with a key of the instance hardware). Nobody has \
        reported AWS accepting the request since, so the observed rejection stands and the rule is \
        an error under both models (ADR 0008): this is one of the three constraints sagelint exists \
        to stop before a deployment. Even if AWS accepts the key, it does not protect the NVMe data, \
        which is rarely what whoever set it intended. Teams that rely on the 2026 wording lower the \
        rule in `.sagelint.yaml` (`rules: {SM301: warning}`).

        Evidence: documented-reject (2021-02-22 `KmsKeyId` text) and observed-reject \
        (sagemaker-python-sdk#3677); the 2026-08-07 text documents only the caveat, and an \
        acceptance has not been observed. Local storage per instance type comes from the reference \
        table `local-storage-instance-types.tsv`.""",
    reference = "SM-EC-KMS-LOCAL-STORAGE",
    evidence = "documented-reject (2021-02-22) and observed-reject; 2026-08-07 documents only the caveat, acceptance not observed")
public final class KmsKeyWithLocalStorageInstance implements Rule {
  @Override
  public void check(RuleContext ctx) {
    // A key whose value is not known yet (a template's `!Ref Key`) is a key all the same.
    Node key = ctx.root().get("KmsKeyId");
    if (key == null || !(key instanceof UnknownNode) && (key.asText() == null || key.asText().isBlank())) {
      // An empty key is a format problem, reported by the KMS key format rule.
      return;
    }
    boolean rejected = ctx.apiVersion() == ApiVersion.V2021_02_22;
    List<Specs.Text> withStorage = new ArrayList<>();
    for (Specs.At variant : Specs.variants(ctx.root(), ctx.apiVersion())) {
      for (Specs.Text type : Specs.instanceTypes(variant, ctx.apiVersion())) {
        LocalStorage storage = EndpointConfigSupport.localStorage(ctx, type.value()).orElse(null);
        if (storage == LocalStorage.YES) {
          withStorage.add(type);
        } else if (storage == LocalStorage.UNKNOWN) {
          ctx.report(Severity.INFO, type.pointer(),
              rejected ? "sm301.kms.unknown.rejected" : "sm301.kms.unknown.unencrypted", type.value());
        }
      }
    }
    if (!withStorage.isEmpty()) {
      ctx.report("/KmsKeyId", rejected ? "sm301.kms.rejected" : "sm301.kms.unencrypted",
          EndpointConfigSupport.describeAll(withStorage));
    }
  }
}
