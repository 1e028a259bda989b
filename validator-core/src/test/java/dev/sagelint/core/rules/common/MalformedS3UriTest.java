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
}
