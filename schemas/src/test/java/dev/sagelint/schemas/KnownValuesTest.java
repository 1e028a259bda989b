package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sagelint.schemas.support.BundledValidator;
import dev.sagelint.schemas.support.Finding;
import dev.sagelint.schemas.support.RawModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* Hand-picked values whose verdict is known from the models, spelled out so that a reader can see the
* behaviour without following the generated cases: whole-value pattern matching, Unicode classes, and
* constraints that changed between the two bundled versions.
*/
class KnownValuesTest {

  private static final String OLD = "2021-02-22";
  private static final String NEW = "2026-08-07";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

  private static Set<Finding> validate(String version, SchemaKind kind, String json) {
    return Finding.of(BundledValidator.validate(version, kind, MAPPER.readTree(json)));
  }

  private static String createModel(String modelName) {
    // ExecutionRoleArn is required in 2021 and optional in 2026; sending it keeps one document for both.
    return "{\"ModelName\": " + MAPPER.writeValueAsString(modelName) + ", \"ExecutionRoleArn\": \"" + ROLE + "\"}";
  }

  @Test
  void churnModelIsRejectedUnder2026BecauseThePatternMustMatchTheWholeName() {
    assertEquals(Set.of(Finding.at("/ModelName", "pattern")), validate(NEW, SchemaKind.CREATE_MODEL, createModel("churn_model")));
  }

  @Test
  void churnModelIsRejectedUnder2021Too() {
    assertEquals(Set.of(Finding.at("/ModelName", "pattern")), validate(OLD, SchemaKind.CREATE_MODEL, createModel("churn_model")));
  }

  @Test
  void whyChurnModelIsRejected() {
    // Both patterns find "churn" when searched, but AWS matches the whole value, which has an underscore.
    // 2021 anchors the start only; both allow the same names (alphanumerics, inner hyphens).
    String pattern2026 = RawModel.load(NEW).pattern("ModelName");
    String pattern2021 = RawModel.load(OLD).pattern("ModelName");
    assertEquals("[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?", pattern2026);
    assertEquals("^[a-zA-Z0-9](-*[a-zA-Z0-9])*", pattern2021);
    for (String pattern : new String[] {pattern2026, pattern2021}) {
      assertTrue(Pattern.compile(pattern).matcher("churn_model").find(), pattern);
      assertFalse(Pattern.matches(pattern, "churn_model"), pattern);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLD, NEW})
  void validAndInvalidModelNames(String version) {
    assertEquals(Set.of(), validate(version, SchemaKind.CREATE_MODEL, createModel("churn-model")));
    assertEquals(Set.of(), validate(version, SchemaKind.CREATE_MODEL, createModel("a--b")));
    assertEquals(Set.of(), validate(version, SchemaKind.CREATE_MODEL, createModel("x".repeat(63))));
    assertEquals(Set.of(Finding.at("/ModelName", "maxLength")), validate(version, SchemaKind.CREATE_MODEL, createModel("x".repeat(64))));
    for (String bad : new String[] {"-churn", "churn-", "churn model", "churn.model", "modèle"}) {
      assertEquals(Set.of(Finding.at("/ModelName", "pattern")), validate(version, SchemaKind.CREATE_MODEL, createModel(bad)), bad);
    }
    // Java's "$" also matches before a final line break; networknt rewrites the anchor to "\z", so the
    // YAML block-scalar mistake "ModelName: |" (value ends in "\n") is rejected, as AWS would.
    assertEquals(Set.of(Finding.at("/ModelName", "pattern")), validate(version, SchemaKind.CREATE_MODEL, createModel("churn-model\n")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLD, NEW})
  void modelNameInAProductionVariantFollowsTheSamePattern(String version) {
    String config = """
                {"EndpointConfigName": "churn-config",
                 "ProductionVariants": [{"VariantName": "AllTraffic", "ModelName": "churn_model",
                                         "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}]}""";
    assertEquals(Set.of(Finding.at("/ProductionVariants/0/ModelName", "pattern")),
        validate(version, SchemaKind.CREATE_ENDPOINT_CONFIG, config));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLD, NEW})
  void tagPatternsUseUnicodeClasses(String version) {
    String tags = "{\"ModelName\": \"m\", \"ExecutionRoleArn\": \"" + ROLE + "\", \"Tags\": [%s]}";
    // \p{L} letters, \p{Z} separators (incl. no-break space), \p{N} numbers (incl. non-ASCII digits).
    assertEquals(Set.of(), validate(version, SchemaKind.CREATE_MODEL,
        tags.formatted("{\"Key\": \"Kostenstelle Ü\u00a0٣\", \"Value\": \"équipe/ml:prod=1+2@x\"}")));
    assertEquals(Set.of(Finding.at("/Tags/0/Key", "pattern")), validate(version, SchemaKind.CREATE_MODEL,
        tags.formatted("{\"Key\": \"cost#center\", \"Value\": \"\"}")));
    assertEquals(Set.of(Finding.at("/Tags/0/Key", "minLength")), validate(version, SchemaKind.CREATE_MODEL,
        tags.formatted("{\"Key\": \"\", \"Value\": \"v\"}")));
  }

  @Test
  void kmsKeyIdBecameStricterIn2026() {
    String config = """
                {"EndpointConfigName": "c", "KmsKeyId": "alias/my key",
                 "ProductionVariants": [{"VariantName": "v", "ModelName": "m", "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}]}""";
    assertEquals(Set.of(), validate(OLD, SchemaKind.CREATE_ENDPOINT_CONFIG, config), "2021: KmsKeyId pattern is .*");
    assertEquals(Set.of(Finding.at("/KmsKeyId", "pattern")), validate(NEW, SchemaKind.CREATE_ENDPOINT_CONFIG, config),
        "2026: [a-zA-Z0-9:/_-]* has no space");
  }

  @Test
  void modelPackageVersionsGotLongerAndTrailingHyphensStayInvalid() {
    String container = "{\"ModelName\": \"m\", \"ExecutionRoleArn\": \"" + ROLE + "\", \"PrimaryContainer\": {\"ModelPackageName\": %s}}";
    String sixDigitVersion = container.formatted("\"churn-package/123456\"");
    assertEquals(Set.of(Finding.at("/PrimaryContainer/ModelPackageName", "pattern")), validate(OLD, SchemaKind.CREATE_MODEL, sixDigitVersion));
    assertEquals(Set.of(), validate(NEW, SchemaKind.CREATE_MODEL, sixDigitVersion));
    for (String version : new String[] {OLD, NEW}) {
      // (?<!-) lookbehind: the name part must not end with a hyphen.
      assertEquals(Set.of(Finding.at("/PrimaryContainer/ModelPackageName", "pattern")),
          validate(version, SchemaKind.CREATE_MODEL, container.formatted("\"churn-package-\"")), version);
      assertEquals(Set.of(), validate(version, SchemaKind.CREATE_MODEL, container.formatted(
          "\"arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-package/7\"")), version);
    }
  }

  @Test
  void metricsEndpointPathRejectsDotDotThroughALookahead() {
    String model = "{\"ModelName\": \"m\", \"PrimaryContainer\": {\"ContainerMetricsConfig\": {\"MetricsEndpoints\":"
        + " [{\"MetricsEndpointPath\": %s}]}}}";
    assertEquals(Set.of(), validate(NEW, SchemaKind.CREATE_MODEL, model.formatted("\"/metrics/v1.json\"")));
    assertEquals(Set.of(Finding.at("/PrimaryContainer/ContainerMetricsConfig/MetricsEndpoints/0/MetricsEndpointPath", "pattern")),
        validate(NEW, SchemaKind.CREATE_MODEL, model.formatted("\"/metrics/../secret\"")));
  }

  @Test
  void instanceTypesOnlyInTheNewerEnumAreRejectedByTheOlderSchema() {
    String config = """
                {"EndpointConfigName": "c",
                 "ProductionVariants": [{"VariantName": "v", "ModelName": "m", "InitialInstanceCount": 1, "InstanceType": "ml.g5.xlarge"}]}""";
    assertEquals(Set.of(Finding.at("/ProductionVariants/0/InstanceType", "enum")), validate(OLD, SchemaKind.CREATE_ENDPOINT_CONFIG, config));
    assertEquals(Set.of(), validate(NEW, SchemaKind.CREATE_ENDPOINT_CONFIG, config));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLD, NEW})
  void responseTimestampsAcceptCliStringsAndEpochSeconds(String version) {
    String describe = "{\"ModelName\": \"m\", \"ExecutionRoleArn\": \"" + ROLE + "\", \"ModelArn\":"
        + " \"arn:aws:sagemaker:eu-west-1:123456789012:model/m\", \"CreationTime\": %s}";
    for (String ok : new String[] {"\"2026-08-07T12:34:56.789000+00:00\"", "\"2021-02-22T10:00:00Z\"", "1786106096.789", "1786106096"}) {
      assertEquals(Set.of(), validate(version, SchemaKind.DESCRIBE_MODEL, describe.formatted(ok)), ok);
      assertEquals(Set.of(), Finding.of(BundledValidator.validateWithFormats(version, SchemaKind.DESCRIBE_MODEL,
          MAPPER.readTree(describe.formatted(ok)))), ok);
    }
    assertEquals(Set.of(Finding.at("/CreationTime", "type")), validate(version, SchemaKind.DESCRIBE_MODEL, describe.formatted("true")));
    // "format" is an annotation by default in 2020-12; a validator that asserts formats rejects garbage.
    JsonNode garbage = MAPPER.readTree(describe.formatted("\"yesterday\""));
    assertEquals(Set.of(), Finding.of(BundledValidator.validate(version, SchemaKind.DESCRIBE_MODEL, garbage)));
    assertEquals(Set.of(Finding.at("/CreationTime", "format")),
        Finding.of(BundledValidator.validateWithFormats(version, SchemaKind.DESCRIBE_MODEL, garbage)));
  }

  @Test
  void executionRoleArnIsRequiredOnlyIn2021() {
    assertEquals(Set.of(new Finding("", "required", "ExecutionRoleArn")), validate(OLD, SchemaKind.CREATE_MODEL, "{\"ModelName\": \"m\"}"));
    assertEquals(Set.of(), validate(NEW, SchemaKind.CREATE_MODEL, "{\"ModelName\": \"m\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLD, NEW})
  void unknownMembersAreRejected(String version) {
    assertEquals(Set.of(new Finding("", "additionalProperties", "ModelNmae")),
        validate(version, SchemaKind.CREATE_MODEL, "{\"ModelName\": \"m\", \"ExecutionRoleArn\": \"" + ROLE + "\", \"ModelNmae\": \"m\"}"));
  }
}
