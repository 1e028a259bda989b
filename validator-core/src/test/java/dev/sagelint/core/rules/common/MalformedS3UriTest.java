package dev.sagelint.core.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedS3UriTest {
  @ParameterizedTest
  @CsvSource(nullValues = "ok", value = {
      "ml-artifacts-123456789012, ok",
      "my.bucket.name, ok",
      "abc, ok",
      "bucket--usw2-az1--x-s3, ok",
      "my-ap-abcdefghijklmnop-s3alias, ok",
      "ab, length",
      "'', length",
      "a234567890123456789012345678901234567890123456789012345678901234, length",
      "MyBucket, chars",
      "my_bucket, chars",
      "-bucket, ends",
      "bucket., ends",
      "my..bucket, dots",
      "192.168.10.1, ip",
      "xn--bucket, prefix",
      "sthree-bucket, prefix"})
  void appliesTheBucketNamingRules(String bucket, String problem) {
    assertEquals(problem, MalformedS3Uri.bucketProblem(bucket));
  }

  /** Issue 17 row 10: every documented S3 endpoint form is an S3 endpoint. */
  @ParameterizedTest
  @CsvSource({
      "https://bucket1.s3-fips.us-east-1.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3-fips.dualstack.us-east-1.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3-accelerate.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3-accelerate.dualstack.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3.dualstack.eu-west-1.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3.eu-west-1.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3-eu-west-1.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3.amazonaws.com/m.tar.gz, ''",
      "https://bucket1.s3-external-1.amazonaws.com/m.tar.gz, ''",
      "https://s3.us-gov-west-1.amazonaws.com/bucket1/m.tar.gz, ''",
      "https://s3-fips.us-gov-west-1.amazonaws.com/bucket1/m.tar.gz, ''",
      "https://bucket1.s3.cn-north-1.amazonaws.com.cn/m.tar.gz, ''",
      "https://bucket1.s3.eusc-de-east-1.amazonaws.eu/m.tar.gz, ''",
      "https://bucket1.example.com/m.tar.gz, SM505",
      "https://bucket1.s3-accelerate.eu-west-1.amazonaws.com/m.tar.gz, SM505"})
  void acceptsEveryDocumentedEndpointForm(String url, String expected) {
    String model = """
        ModelName: churn
        ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerRole
        PrimaryContainer:
          Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
          ModelDataUrl: %s
        """.formatted(url);
    String found = String.join(" ", dev.sagelint.core.Linter.create(dev.sagelint.core.LintOptions.defaults())
        .lintText("m.yaml", model).findings().stream().map(f -> f.rule())
        .filter(r -> r.equals("SM505")).toList()); // SM503/SM504 may see another partition or region
    assertEquals(expected, found);
  }
}
