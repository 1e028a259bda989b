package dev.sagelint.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saved {@code aws sagemaker describe-*} responses are checked against the output shapes as
 * strictly as requests against the input shapes (issue 15, item 5): required output members,
 * output-only members, enums, and timestamps, under both bundled API versions.
 */
class DescribeResponseFidelityTest {
  private static final String MODEL = """
      {
        "ModelName": "churn-model",
        "ModelArn": "arn:aws:sagemaker:us-east-1:123456789012:model/churn-model",
        "CreationTime": %s,
        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/SageMakerExecution",
        "PrimaryContainer": {
          "Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2",
          "Mode": "%s",
          "ModelDataUrl": "s3://ml-artifacts-123456789012/churn/model.tar.gz"
        }
      }
      """;
  private static final String CONFIG = """
      EndpointConfigName: churn-config
      EndpointConfigArn: arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/churn-config
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-model
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
          InitialVariantWeight: 1.0
      CreationTime: %s
      """;

  private static List<Finding> lint(ApiVersion version, String name, String text) {
    return Linter.create(LintOptions.builder().apiVersion(version).build())
        .lintText(name, text).findings();
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(Fixture::line).toList();
  }

  private static String model(String creationTime) {
    return MODEL.formatted(creationTime, "SingleModel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-22", "2026-08-07"})
  void aCreationTimeThatIsNotATimestampIsALocatedError(String v) {
    ApiVersion version = ApiVersion.parse(v);
    List<Finding> json = lint(version, "model.json", model("\"yesterday\""));
    assertEquals(List.of("4:19 SM111 error /CreationTime"), lines(json));
    assertEquals("`CreationTime` is `yesterday`, which is not a timestamp; AWS writes an ISO 8601 "
        + "date and time such as `2024-05-01T12:34:56.789000+00:00` (a space instead of the `T`, "
        + "or no offset, are read too) or epoch seconds as a number.", json.get(0).message());
    assertEquals("Copy the value from the response as the AWS CLI printed it, or write epoch "
        + "seconds as a number.", json.get(0).hint());

    List<Finding> yaml = lint(version, "config.yaml", CONFIG.formatted("2024-13-01T00:00:00Z"));
    assertEquals(List.of("9:15 SM111 error /CreationTime"), lines(yaml));
    assertEquals("`CreationTime` is `2024-13-01T00:00:00Z`, which is not a timestamp; AWS writes "
        + "an ISO 8601 date and time such as `2024-05-01T12:34:56.789000+00:00` (a space instead "
        + "of the `T`, or no offset, are read too) or epoch seconds as a number.",
        yaml.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"2024-05-01T12:34:56.789000+00:00\"", // the AWS CLI
      "\"2024-05-01 12:34:56.789000+00:00\"", // str() of a boto3 datetime
      "\"2024-05-01T12:34:56Z\"",
      "\"2024-05-01T12:34:56\"",
      "\"2024-05-01T12:34+0200\"",
      "\"2024-02-29T23:59:59-05\"",
      "1714566896.789", // epoch seconds
      "1714566896"})
  void theFormsTheAwsToolsWriteAreAccepted(String value) {
    for (ApiVersion version : List.of(ApiVersion.parse("2021-02-22"), ApiVersion.parse("2026-08-07"))) {
      assertEquals(List.of(), lines(lint(version, "model.json", model(value))), value + " " + version);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-22", "2026-08-07"})
  void anUnquotedYamlTimestampIsAcceptedWithoutAnInternalError(String v) {
    // Regression: the ["string", "number"] type of a timestamp made SM602 and SM110 fail (SM900).
    assertEquals(List.of(), lines(lint(ApiVersion.parse(v), "config.yaml",
        CONFIG.formatted("2024-05-01T12:34:56.789000+00:00"))));
    assertEquals(List.of(), lines(lint(ApiVersion.parse(v), "config.yaml",
        CONFIG.formatted("1714566896.789"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2024-05-01", "2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z",
      "2024-05-01T12:34:56+19:00", "1714566896", "2024-05-01T12:34:56.Z", " 2024-05-01T12:34:56Z"})
  void otherStringsAreNotTimestamps(String value) {
    assertFalse(TimestampNotAccepted.isDateTime(value), value);
  }

  @Test
  void leapDaysAndFractionsAreTimestamps() {
    assertTrue(TimestampNotAccepted.isDateTime("2024-02-29T00:00:00,5Z"));
  }

  @Test
  void aBooleanTimestampIsTheTypeRulesFinding() {
    assertEquals(List.of("4:19 SM103 error /CreationTime"),
        lines(lint(ApiVersion.latest(), "model.json", model("true"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-22", "2026-08-07"})
  void aMissingOutputOnlyMemberIsReportedAtTheObjectThatLacksIt(String v) {
    ApiVersion version = ApiVersion.parse(v);
    String withoutArn = model("\"2024-05-01T12:34:56Z\"").replace(
        "  \"ModelArn\": \"arn:aws:sagemaker:us-east-1:123456789012:model/churn-model\",\n", "");
    List<Finding> findings = lint(version, "model.json", withoutArn);
    assertEquals(List.of("1:1 SM101 error \"\""), lines(findings));
    assertEquals("Required member `ModelArn` is missing from the document.", findings.get(0).message());

    String configWithoutArn = CONFIG.formatted("2024-05-01T12:34:56Z").replace(
        "EndpointConfigArn: arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/churn-config\n", "");
    List<Finding> config = lint(version, "config.yaml", configWithoutArn);
    assertEquals(List.of("1:1 SM101 error \"\""), lines(config));
    assertEquals("Required member `EndpointConfigArn` is missing from the document.",
        config.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-22", "2026-08-07"})
  void aWrongEnumInAResponseIsReportedAtTheValue(String v) {
    ApiVersion version = ApiVersion.parse(v);
    List<Finding> findings = lint(version, "model.json",
        MODEL.formatted("\"2024-05-01T12:34:56Z\"", "Singlemodel"));
    assertEquals(List.of("8:13 SM104 error /PrimaryContainer/Mode"), lines(findings));
    assertEquals("`Singlemodel` is not an allowed value for `PrimaryContainer.Mode`.",
        findings.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-22", "2026-08-07"})
  void aMalformedOutputOnlyArnIsReportedAtTheValue(String v) {
    List<Finding> findings = lint(ApiVersion.parse(v), "model.json",
        model("\"2024-05-01T12:34:56Z\"").replace("arn:aws:sagemaker:us-east-1:123456789012:model/",
            "model/"));
    assertEquals(List.of("3:15 SM105 error /ModelArn"), lines(findings));
  }
}
