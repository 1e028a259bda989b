package dev.sagelint.core.source.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links between template resources, the headline constraints, and suppressions in templates. */
class TemplateLinksAndSuppressionsTest {
  private static final Linter V2021 =
      Linter.create(LintOptions.builder().apiVersion(ApiVersion.V2021_02_22).build());

  private static List<String> lines(String name, String text) {
    return V2021.lintText(name, text).findings().stream().map(Fixture::line).toList();
  }

  private static final String SERVERLESS_WITH_VPC_MODEL = """
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
            PrimaryContainer:
              Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
            VpcConfig:
              SecurityGroupIds: [sg-0123456789abcdef0]
              Subnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            ProductionVariants:
              - ModelName: !GetAtt Model.ModelName
                VariantName: all
                ServerlessConfig:
                  MemorySizeInMB: 2048
                  MaxConcurrency: 5
      """;

  @Test
  void getAttLinksAConfigToItsModelForCrossDocumentRules() {
    List<Finding> f = V2021.lintText("t.yaml", SERVERLESS_WITH_VPC_MODEL).findings();
    assertEquals(List.of("17:11 SM401 error /Resources/Config/Properties/ProductionVariants/0/ServerlessConfig"),
        f.stream().map(Fixture::line).toList());
    assertTrue(f.stream().anyMatch(x -> x.message().startsWith("resource `Config`: ")
        && x.message().contains("Model")), f.toString());
  }

  @Test
  void theLongFormLinksTheSameWay() {
    String json = """
        {"Resources": {
          "Model": {"Type": "AWS::SageMaker::Model", "Properties": {
            "ExecutionRoleArn": "arn:aws:iam::123456789012:role/sagemaker",
            "PrimaryContainer": {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"},
            "VpcConfig": {"SecurityGroupIds": ["sg-0123456789abcdef0"], "Subnets": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}}},
          "Config": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": {
            "ProductionVariants": [{"ModelName": {"Fn::GetAtt": ["Model", "ModelName"]}, "VariantName": "all",
              "ServerlessConfig": {"MemorySizeInMB": 2048, "MaxConcurrency": 5}}]}}}}
        """;
    assertEquals(List.of("8:7 SM401 error /Resources/Config/Properties/ProductionVariants/0/ServerlessConfig"),
        lines("t.json", json).stream().filter(l -> l.contains("SM401")).toList());
  }

  @Test
  void theThreeHeadlineConstraintsAreFoundInATemplate() {
    String t = """
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              Containers:
                - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1
                  ContainerHostname: a
                - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1
          Direct:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              InferenceExecutionConfig: {Mode: Direct}
              Containers:
                - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: !Ref Key
              ProductionVariants:
                - ModelName: !GetAtt Pipeline.ModelName
                  VariantName: all
                  InitialInstanceCount: 1
                  InstanceType: ml.m5d.large
        """;
    List<String> found = lines("t.yaml", t);
    assertTrue(found.contains("9:11 SM201 error /Resources/Pipeline/Properties/Containers/1"), found.toString());
    assertTrue(found.stream().anyMatch(l -> l.matches("\\d+:\\d+ SM20[34] \\w+ /Resources/Direct/Properties/.*")),
        found.toString());
    assertTrue(found.contains("20:17 SM301 error /Resources/Config/Properties/KmsKeyId"), found.toString());
  }

  @Test
  void aCommentAboveAResourceCoversTheWholeResource() {
    String t = """
        Resources:
          # sagelint: disable-next-line SM301 -- the key is for the EBS root volume only
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: !Ref Key
              ProductionVariants:
                - ModelName: churn
                  VariantName: all
                  InitialInstanceCount: 1
                  InstanceType: ml.m5d.large
        """;
    assertEquals(List.of(), lines("t.yaml", t));
    assertEquals(List.of("5:17 SM301 error /Resources/Config/Properties/KmsKeyId"),
        lines("t.yaml", t.replace("# sagelint: disable-next-line SM301 -- the key is for the EBS root volume only\n  ", "")));
  }

  @Test
  void jsonTemplatesIgnoreRulesInTheResourceMetadata() {
    String json = """
        {"Resources": {"Config": {
          "Type": "AWS::SageMaker::EndpointConfig",
          "Metadata": {"sagelint": {"ignore": ["SM301"]}},
          "Properties": {"KmsKeyId": {"Ref": "Key"}, "ProductionVariants": [{"ModelName": "churn",
            "VariantName": "all", "InitialInstanceCount": 1, "InstanceType": "ml.m5d.large"}]}}}}
        """;
    assertEquals(List.of(), lines("t.json", json));
    assertEquals(List.of("4:30 SM301 error /Resources/Config/Properties/KmsKeyId"),
        lines("t.json", json.replace("\"SM301\"", "\"SM999\"")));
  }
}
