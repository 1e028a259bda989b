package dev.sagelint.core.rules.endpointconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the fixtures cannot show, because a fixture pins rule, severity and position but not the
 * message: which instance types a finding names, and that rules stay silent where the schema (or
 * the API version) already speaks.
 */
class EndpointConfigRulesTest {
  private static final String KMS =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  private static List<Finding> lint(ApiVersion version, String yaml) {
    return Linter.create(LintOptions.builder().apiVersion(version).build())
        .lintText("spec.yaml", yaml).findings();
  }

  private static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void kmsRuleIgnoresShadowVariantsWhereTheApiVersionHasNone() {
    List<Finding> findings = lint(ApiVersion.V2021_02_22, """
        EndpointConfigName: shadow-in-old-model
        KmsKeyId: %s
        ProductionVariants:
          - VariantName: current
            ModelName: model-a
            InstanceType: ml.m5d.xlarge
            InitialInstanceCount: 1
        ShadowProductionVariants:
          - VariantName: candidate
            ModelName: model-b
            InstanceType: ml.c5d.xlarge
            InitialInstanceCount: 1
        """.formatted(KMS));
    List<Finding> kms = of(findings, "SM301");
    assertEquals(1, kms.size(), findings::toString);
    assertTrue(kms.get(0).message().contains("ml.m5d.xlarge"));
    assertFalse(kms.get(0).message().contains("ml.c5d.xlarge"), kms.get(0)::message);
    assertEquals(1, of(findings, "SM102").size(), "the schema reports the unknown shadow list");
  }

  @Test
  void kmsRuleLeavesInstanceTypesNewerThanTheApiVersionToTheSchema() {
    List<Finding> findings = lint(ApiVersion.V2021_02_22, """
        EndpointConfigName: too-new
        KmsKeyId: %s
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            InstanceType: ml.g5.xlarge
            InitialInstanceCount: 1
        """.formatted(KMS));
    assertEquals(List.of(), of(findings, "SM301"));
    assertFalse(findings.isEmpty(), "ml.g5 is not in the 2021-02-22 enum");
  }

  @Test
  void kmsRuleNamesEveryInstanceTypeWithLocalStorageIncludingPools() {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: pools
        KmsKeyId: %s
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            InitialInstanceCount: 1
            InstancePools:
              - InstanceType: ml.m5.xlarge
                Priority: 1
              - InstanceType: ml.g6.xlarge
                Priority: 2
        """.formatted(KMS));
    List<Finding> kms = of(findings, "SM301");
    assertEquals(1, kms.size(), findings::toString);
    assertEquals("/KmsKeyId", kms.get(0).pointer());
    assertTrue(kms.get(0).message().contains("`ml.g6.xlarge` (ProductionVariants[0].InstancePools[1]"
        + ".InstanceType)"), kms.get(0)::message);
    assertFalse(kms.get(0).message().contains("ml.m5.xlarge"));
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void kmsRuleLeavesAnEmptyKeyToTheFormatRule(String key) {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: empty-key
        KmsKeyId: "%s"
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            InstanceType: ml.g5.xlarge
            InitialInstanceCount: 1
        """.formatted(key));
    assertEquals(List.of(), of(findings, "SM301"));
  }

  @Test
  void variantNamesOfShadowVariantsCountOnlyWhereTheApiVersionHasThem() {
    String spec = """
        EndpointConfigName: shadow
        ProductionVariants:
          - VariantName: same
            ModelName: model-a
            InstanceType: ml.m5.large
            InitialInstanceCount: 1
        ShadowProductionVariants:
          - VariantName: same
            ModelName: model-b
            InstanceType: ml.m5.large
            InitialInstanceCount: 1
        """;
    assertEquals(1, of(lint(ApiVersion.V2026_08_07, spec), "SM303").size());
    assertEquals(0, of(lint(ApiVersion.V2021_02_22, spec), "SM303").size());
  }

  @ParameterizedTest
  @CsvSource({"512", "8192"})
  void memoryOutsideTheSchemaRangeIsOnlyTheSchemasFinding(int memory) {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: serverless
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            ServerlessConfig:
              MemorySizeInMB: %d
              MaxConcurrency: 5
        """.formatted(memory));
    assertEquals(List.of(), of(findings, "SM308"));
    assertEquals(1, findings.size(), findings::toString);
  }

  @ParameterizedTest
  @CsvSource({
      "5, Use 10.",
      "45, Use 30 or 60.",
      "90, Use 60 or 120.",
      "600, Use 300."
  })
  void metricFrequencyHintNamesTheNeighbouringIntervals(int seconds, String hint) {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: metrics
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            InstanceType: ml.m5.large
            InitialInstanceCount: 1
        MetricsConfig:
          MetricPublishFrequencyInSeconds: %d
        """.formatted(seconds));
    List<Finding> frequency = of(findings, "SM320");
    assertEquals(1, frequency.size(), findings::toString);
    assertEquals(hint, frequency.get(0).hint());
  }

  @Test
  void shapBaselineLongerThanTheSchemaAllowsIsOnlyTheSchemasFinding() {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: explainer
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            InstanceType: ml.m5.large
            InitialInstanceCount: 1
        ExplainerConfig:
          ClarifyExplainerConfig:
            ShapConfig:
              ShapBaselineConfig:
                ShapBaseline: "%s"
        """.formatted("\u00e9".repeat(4100)));
    assertEquals(List.of(), of(findings, "SM325"));
    assertEquals(1, findings.size(), findings::toString);
  }

  @Test
  void managedInstanceScalingOnAServerlessVariantIsRejectedToo() {
    List<Finding> findings = lint(ApiVersion.V2026_08_07, """
        EndpointConfigName: serverless
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: model-a
            ServerlessConfig:
              MemorySizeInMB: 2048
              MaxConcurrency: 5
            ManagedInstanceScaling:
              Status: ENABLED
              MinInstanceCount: 1
              MaxInstanceCount: 2
        """);
    List<Finding> scaling = of(findings, "SM316");
    assertEquals(1, scaling.size(), findings::toString);
    assertTrue(scaling.get(0).message().contains("is serverless"), scaling.get(0)::message);
    assertEquals(List.of(), of(findings, "SM307"), "not reported twice");
  }
}
