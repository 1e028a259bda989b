package dev.sagelint.core.source.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parse problems met inside a SageMaker resource are reported like every other finding there:
 * named after the resource. Regression test for duplicate keys (SM002) that came out of a template
 * without the resource label, found by deriving templates from the request fixtures
 * (CloudFormationFixturesTest).
 */
class TemplateParseProblemsTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  private static List<String> lines(String name, String text) {
    return LINTER.lintText(name, text).findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.pointer() + " | "
            + f.message())
        .toList();
  }

  @Test
  void aDuplicateKeyInAResourceNamesTheResourceInYaml() {
    String yaml = """
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties: {BucketName: a, BucketName: b}
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2
        """;
    // The bucket's duplicate is not sagelint's business; the model's is, and says whose it is.
    assertEquals(List.of("11:9 SM002 /Resources/Model/Properties/PrimaryContainer/Image | resource"
        + " `Model`: Key `Image` appears twice in this object; the AWS CLI and"
        + " boto3 silently keep only the last value."), lines("t.yaml", yaml));
  }

  @Test
  void aDuplicateKeyInAResourceNamesTheResourceAndItsCdkPathInJson() {
    String json = """
        {"Resources": {"Config": {"Type": "AWS::SageMaker::EndpointConfig",
          "Metadata": {"aws:cdk:path": "Stack/Config"},
          "Properties": {"ProductionVariants": [{"VariantName": "a", "VariantName": "b",
            "ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}]}}}}
        """;
    List<Finding> findings = LINTER.lintText("t.template.json", json).findings();
    assertEquals(List.of("3:62 SM002 /Resources/Config/Properties/ProductionVariants/0/VariantName"
        + " | resource `Config` (Stack/Config): Key `VariantName` appears twice in this object"
        + "; the AWS CLI and boto3 silently keep only the last value."),
        lines("t.template.json", json), findings.toString());
  }
}
