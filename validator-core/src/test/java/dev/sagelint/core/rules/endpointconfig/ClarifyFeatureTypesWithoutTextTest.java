package dev.sagelint.core.rules.endpointconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SM329: exact findings, messages and the version it runs under. */
class ClarifyFeatureTypesWithoutTextTest {
  private static final String CONFIG = """
      EndpointConfigName: review-explainer
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: review-sentiment
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
      ExplainerConfig:
        ClarifyExplainerConfig:
          InferenceConfig:
            FeatureTypes: %s
          ShapConfig:
            ShapBaselineConfig:
              ShapBaselineUri: s3://ml-123456789012/clarify/baseline.csv
      %s""";
  /** Under {@code ShapConfig}, which the template above indents by four spaces. */
  private static final String TEXT_CONFIG =
      "      TextConfig:\n        Language: en\n        Granularity: token\n";

  private static List<Finding> lint(ApiVersion version, String text) {
    return Linter.create(LintOptions.builder().apiVersion(version).build())
        .lintText("config.yaml", text).findings();
  }

  @Test
  void featureTypesWithoutTextAreAnErrorAtTheKey() {
    List<Finding> f = lint(ApiVersion.latest(), CONFIG.formatted("[numerical, categorical]", ""));
    assertEquals(List.of("10:7 SM329 error /ExplainerConfig/ClarifyExplainerConfig/InferenceConfig/FeatureTypes"),
        f.stream().map(Fixture::line).toList());
    assertEquals("`FeatureTypes` of the Clarify explainer lists no `text` feature; AWS requires at "
        + "least one `text` entry when `FeatureTypes` is given.", f.get(0).message());
  }

  @Test
  void aTextFeatureWithoutTextConfigIsAWarning() {
    List<Finding> f = lint(ApiVersion.latest(), CONFIG.formatted("[numerical, text]", ""));
    assertEquals(List.of("10:7 SM329 warning /ExplainerConfig/ClarifyExplainerConfig/InferenceConfig/FeatureTypes"),
        f.stream().map(Fixture::line).toList());
    assertEquals("`FeatureTypes` of the Clarify explainer has a `text` feature, but `ShapConfig` "
        + "has no `TextConfig`, which text explanations require.", f.get(0).message());
    assertEquals(List.of(), lint(ApiVersion.latest(), CONFIG.formatted("[numerical, text]", TEXT_CONFIG)));
  }

  @Test
  void theOldModelHasNoExplainerConfig() {
    assertEquals(List.of("7:1 SM102 error /ExplainerConfig"),
        lint(ApiVersion.parse("2021-02-22"), CONFIG.formatted("[numerical]", "")).stream()
            .map(Fixture::line).toList());
  }
}
