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

/**
 * What sagelint makes of intrinsic functions in templates: it looks through what is statically
 * known and stays silent on the rest. Each case asserts the exact findings, the silent ones
 * included. The 2021-02-22 model is used where it makes SM301 an error, so severities show.
 */
class IntrinsicSemanticsTest {
  private static final Linter V2021 =
      Linter.create(LintOptions.builder().apiVersion(ApiVersion.V2021_02_22).build());

  private static final String MODEL = """
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
            PrimaryContainer:
              Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
      """;

  private static List<Finding> lint(String template) {
    return V2021.lintText("template.yaml", template).findings();
  }

  private static List<String> lines(String template) {
    return lint(template).stream().map(Fixture::line).toList();
  }

  private static String config(String properties) {
    return "Resources:\n" + MODEL + """
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
      """ + properties.indent(6);
  }

  @Test
  void aParameterDefaultIsAPossibleValueReportedAsAWarningThatNamesIt() {
    String t = """
        Parameters:
          InstanceType:
            Type: String
            Default: ml.m5d.large
        """ + config("""
        KmsKeyId: !Ref Key
        ProductionVariants:
          - ModelName: !GetAtt Model.ModelName
            VariantName: all
            InitialInstanceCount: 1
            InstanceType: !Ref InstanceType
        """);
    List<Finding> f = lint(t);
    assertEquals(List.of("15:17 SM301 warning /Resources/Config/Properties/KmsKeyId"),
        f.stream().map(Fixture::line).toList());
    assertTrue(f.get(0).message().startsWith("resource `Config`: "), f.get(0).message());
    assertTrue(f.get(0).message().endsWith("(with parameter InstanceType at its default `ml.m5d.large`)"),
        f.get(0).message());
    // The parameter's Default is where a deployment changes the value: a related location.
    assertEquals(List.of("template.yaml:4:14 the value of parameter InstanceType is its default here"),
        f.get(0).related().stream().map(r -> r.file() + ":" + r.line() + ":" + r.column() + " "
            + r.message()).toList());
  }

  @Test
  void aValueFindingOnAParameterDefaultIsLocatedAtTheProperty() {
    String t = """
        Parameters:
          Name:
            Type: String
            Default: churn_model
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ModelName: !Ref Name
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
        """;
    assertEquals(List.of("9:18 SM105 warning /Resources/Model/Properties/ModelName"), lines(t));
  }

  @Test
  void everyAllowedValueFailingKeepsTheRulesSeverity() {
    String allFail = """
        Parameters:
          InstanceType:
            Type: String
            Default: ml.m5d.large
            AllowedValues: [ml.m5d.large, ml.g4dn.xlarge]
        """ + config("""
        KmsKeyId: !Ref Key
        ProductionVariants:
          - ModelName: !GetAtt Model.ModelName
            VariantName: all
            InitialInstanceCount: 1
            InstanceType: !Ref InstanceType
        """);
    List<Finding> f = lint(allFail);
    assertEquals(List.of("16:17 SM301 error /Resources/Config/Properties/KmsKeyId"),
        f.stream().map(Fixture::line).toList());
    assertTrue(f.get(0).message().endsWith("(with parameter InstanceType at any of its allowed values)"),
        f.get(0).message());
    String oneEscapes = allFail.replace("ml.g4dn.xlarge", "ml.m5.large");
    assertEquals(List.of("16:17 SM301 warning /Resources/Config/Properties/KmsKeyId"), lines(oneEscapes));
  }

  @Test
  void twoIfsOnOneConditionNeverMixTheirBranches() {
    String t = """
        Parameters:
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        """ + config("""
        KmsKeyId: !If [IsProd, alias/prod, !Ref "AWS::NoValue"]
        ProductionVariants:
          - ModelName: !GetAtt Model.ModelName
            VariantName: all
            InitialInstanceCount: 1
            InstanceType: !If [IsProd, ml.m5.large, ml.m5d.large]
        """);
    assertEquals(List.of(), lines(t));
    // The same with the branches that do meet: the key and the local disk both in prod.
    assertEquals(List.of("16:30 SM301 error /Resources/Config/Properties/KmsKeyId/1"),
        lines(t.replace("[IsProd, ml.m5.large, ml.m5d.large]", "[IsProd, ml.m5d.large, ml.m5.large]")));
  }

  @Test
  void conditionsOnOneParameterAreExclusiveAndDerivedConditionsFollowTheirBase() {
    String t = """
        Parameters:
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Equals [dev, !Ref Env]
          NotProd: !Not [!Condition IsProd]
        """ + config("""
        KmsKeyId: !If [IsProd, alias/prod, !Ref "AWS::NoValue"]
        ProductionVariants:
          - ModelName: !GetAtt Model.ModelName
            VariantName: a
            InitialInstanceCount: 1
            InstanceType: !If [IsDev, ml.m5d.large, ml.m5.large]
          - ModelName: !GetAtt Model.ModelName
            VariantName: b
            InitialInstanceCount: 1
            InstanceType: !If [NotProd, ml.g4dn.xlarge, ml.m5.large]
        """);
    assertEquals(List.of(), lines(t));
  }

  @Test
  void staticFunctionsResolveToTheirLiteral() {
    String t = """
        Mappings:
          Names:
            churn:
              model: churn_model
        Resources:
          A:
            Type: AWS::SageMaker::Model
            Properties:
              ModelName: !Sub "churn_a"
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              PrimaryContainer:
                Image: !Join ["", ["123456789012.dkr.ecr.us-east-1.amazonaws.com/", "churn:1"]]
          B:
            Type: AWS::SageMaker::Model
            Properties:
              ModelName: !FindInMap [Names, churn, model]
              ExecutionRoleArn: {"Fn::Join": [":", ["arn", "aws", "iam", "", "123", "role/x"]]}
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
        """;
    assertEquals(List.of(
        "9:18 SM105 error /Resources/A/Properties/ModelName",
        "16:18 SM105 error /Resources/B/Properties/ModelName",
        "17:25 SM105 error /Resources/B/Properties/ExecutionRoleArn"), lines(t));
  }

  @Test
  void unknownValuesAreSilent() {
    String t = """
        Parameters:
          Role:
            Type: String
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ModelName: !Sub "${AWS::StackName}_model"
              ExecutionRoleArn: !Ref Role
              PrimaryContainer:
                Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/churn:1"
                ModelDataUrl: !FindInMap [Data, !Ref "AWS::Region", url]
                Environment: !If [Unknown1, {A: b}, !Ref "AWS::NoValue"]
              VpcConfig:
                SecurityGroupIds: !Split [",", !ImportValue Groups]
                Subnets: [!Select [0, !GetAZs ""], !GetAtt Subnet.Id]
        """;
    assertEquals(List.of("13:27 SM020 error /Resources/Model/Properties/PrimaryContainer/Environment/0"),
        lines(t));
  }

  @Test
  void wholePropertiesAndListItemsUnderIfAreCheckedBranchByBranch() {
    String t = """
        Conditions:
          IsProd: !Equals [!Ref "AWS::Region", us-east-1]
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties: !If
              - IsProd
              - ModelName: good-name
                ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
                PrimaryContainer: {Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1}
              - ModelName: bad_name
                ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
                PrimaryContainer: {Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1}
          Pipeline:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              Containers:
                - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1
                  ContainerHostname: a
                - !If
                  - IsProd
                  - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1
                    ContainerHostname: b
                  - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1
        """;
    assertEquals(List.of(
        "11:20 SM105 error /Resources/Model/Properties/2/ModelName",
        "25:13 SM201 error /Resources/Pipeline/Properties/Containers/1/2"), lines(t));
  }

  @Test
  void aFindingBothBranchesShareIsReportedOnce() {
    String t = """
        Conditions:
          IsProd: !Equals [!Ref "AWS::Region", us-east-1]
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              Containers:
                - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1
                  ContainerHostname: a
                - !If
                  - IsProd
                  - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1
                  - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/c:1
        """;
    List<String> found = lines(t);
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("13:13 SM201 ") && found.get(1).startsWith("14:13 SM201 "),
        found.toString());
  }
}
