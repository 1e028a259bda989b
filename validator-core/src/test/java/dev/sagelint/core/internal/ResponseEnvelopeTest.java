package dev.sagelint.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17 row 6: a boto3 DescribeModel dump keeps its ResponseMetadata without an error. */
class ResponseEnvelopeTest {
  private static final String DESCRIBE = """
      {
        "ModelName": "churn",
        "ModelArn": "arn:aws:sagemaker:us-east-1:123456789012:model/churn",
        "CreationTime": "2026-01-05T10:00:00Z",
        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
        "PrimaryContainer": {
          "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
        },
        "ResponseMetadata": {
          "RequestId": "0c1f9f3e-2f7c-4d8e-9a4b-1b2c3d4e5f60",
          "HTTPStatusCode": 200,
          "HTTPHeaders": {"content-type": "application/x-amz-json-1.1"},
          "RetryAttempts": 0
        }%s
      }
      """;

  private static List<String> lint(String text) {
    return Linter.create(LintOptions.defaults()).lintText("describe.json", text).findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().label() + " " + f.message())
        .toList();
  }

  @Test
  void theSdksResponseMetadataIsNotAFinding() {
    assertEquals(List.of(), lint(DESCRIBE.formatted("")));
  }

  @Test
  void anUnknownMemberOfAResponseIsAWarningThatDoesNotClaimAwsRejectsIt() {
    assertEquals(List.of("15:3 SM102 warning `Extra` is not a member of the DescribeModel response in the "
        + "API model; a response is never sent to AWS, but check for a typo or another API version."),
        lint(DESCRIBE.formatted(",\n  \"Extra\": 1")));
  }
}
