package dev.sagelint.core.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsReferencesTest {
  @ParameterizedTest
  @CsvSource({
      "us-east-1, aws", "eu-central-2, aws", "cn-north-1, aws-cn", "cn-northwest-1, aws-cn",
      "us-gov-west-1, aws-us-gov", "us-iso-east-1, aws-iso", "us-isob-east-1, aws-iso-b",
      "eu-isoe-west-1, aws-iso-e", "us-isof-south-1, aws-iso-f",
      // issue 17 row 5: the sovereign cloud was taken for aws; partitions now come from the SDK's data
      "eusc-de-east-1, aws-eusc", "us-iso-west-1, aws-iso", "xx-west-1, aws"})
  void knowsThePartitionOfARegion(String region, String partition) {
    assertEquals(partition, AwsReferences.partitionOf(region));
  }

  @Test
  void findsArnsImagesAndRegionalS3UrlsButNotTagsOrFreeText() {
    ObjectNode root = parse("""
        ModelName: m
        ExecutionRoleArn: arn:aws:iam::123456789012:role/r
        PrimaryContainer:
          Image: 123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1
          ModelDataUrl: https://b.s3.us-west-2.amazonaws.com/k/model.tar.gz
          Environment:
            TOPIC: arn:aws:sns:eu-west-1:123456789012:t
          ImageConfig:
            RepositoryAuthConfig:
              RepositoryCredentialsProviderArn: arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST
        Tags:
          - Key: source
            Value: arn:aws:sagemaker:eu-west-1:123456789012:model/old
        """);
    List<AwsReferences.Ref> refs = AwsReferences.of(root);
    assertEquals(List.of("/ExecutionRoleArn", "/PrimaryContainer/Image", "/PrimaryContainer/ModelDataUrl",
        "/PrimaryContainer/ImageConfig/RepositoryAuthConfig/RepositoryCredentialsProviderArn"),
        refs.stream().map(AwsReferences.Ref::pointer).toList());
    assertNull(refs.get(0).region());
    assertEquals("aws-cn", refs.get(1).partition());
    assertEquals(AwsReferences.Use.IMAGE, refs.get(1).use());
    assertEquals("us-west-2", refs.get(2).region());
    assertEquals(AwsReferences.Use.MODEL_ARTIFACTS, refs.get(2).use());
    assertEquals("us-east-1", refs.get(3).region());
  }

  @Test
  void skipsValuesWithPlaceholders() {
    assertEquals(List.of(), AwsReferences.of(parse("""
        ExecutionRoleArn: arn:aws:iam::<ACCOUNT_ID>:role/r
        PrimaryContainer:
          Image: USER_ID.dkr.ecr.us-east-1.amazonaws.com/app:1
        """)));
  }

  private static ObjectNode parse(String yaml) {
    return (ObjectNode) new DocumentParser().parse(SourceFile.of("t.yaml", yaml)).documents().get(0).root();
  }
}
