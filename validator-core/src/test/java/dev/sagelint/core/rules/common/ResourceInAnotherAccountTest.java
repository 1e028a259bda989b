package dev.sagelint.core.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SM508: where the account comes from, and when it stays silent. */
class ResourceInAnotherAccountTest {
  private static final String ENDPOINT_CONFIG = """
      EndpointConfigName: churn-config
      KmsKeyId: arn:aws:kms:us-east-1:210987654321:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-model
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
      """;

  private static List<String> sm508(LintOptions options, String text) {
    return Linter.create(options).lintText("ec.yaml", text).findings().stream()
        .filter(f -> f.rule().equals("SM508")).map(Fixture::line).toList();
  }

  @Test
  void withoutRoleOrConfiguredAccountItIsSilent() {
    assertEquals(List.of(), sm508(LintOptions.defaults(), ENDPOINT_CONFIG));
  }

  @Test
  void theConfiguredAccountIsUsedWhenTheDocumentHasNoRole() {
    LintOptions options = LintOptions.builder().rule("SM508",
        new RuleSetting(true, Optional.empty(), Map.of("account", "123456789012"))).build();
    assertEquals(List.of("2:11 SM508 info /KmsKeyId"), sm508(options, ENDPOINT_CONFIG));
    String message = Linter.create(options).lintText("ec.yaml", ENDPOINT_CONFIG).findings().stream()
        .filter(f -> f.rule().equals("SM508")).findFirst().orElseThrow().message();
    assertEquals("`KmsKeyId` is in account 210987654321, but the request is made in account "
        + "123456789012 (configured); cross-account use works only when the other account's "
        + "resource policy grants it.", message);
  }

  @Test
  void awsOwnedAccountsAreNeverReported() {
    String model = """
        ModelName: m
        ExecutionRoleArn: arn:aws:iam::123456789012:role/r
        PrimaryContainer:
          ModelPackageName: arn:aws:sagemaker:us-east-1:865070037744:model-package/vendor-ner
        """;
    assertEquals(List.of(), sm508(LintOptions.defaults(), model));
  }
}
