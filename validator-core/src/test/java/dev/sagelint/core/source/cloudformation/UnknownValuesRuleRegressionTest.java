package dev.sagelint.core.source.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that asked "is this value not X?" and answered yes for a value nobody can know yet, found
 * by UnknownValuesInTemplatesTest: each template here was reported before the fix and is silent
 * now, while the same template with the literal value keeps its finding.
 */
class UnknownValuesRuleRegressionTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  private static final String MODEL = """
      Resources:
        M:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
            PrimaryContainer:
              Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
      %s
      """;

  private static final String CONFIG = """
      Resources:
        C:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            ProductionVariants:
              - VariantName: a
                ModelName: churn
                InstanceType: ml.m5.large
                InitialInstanceCount: 1
      %s
      """;

  private static List<String> lintMember(String template, String member) {
    String text = template.formatted(member.replace("|", "\n"));
    return LINTER.lintText("t.yaml", text).findings().stream().map(Fixture::line).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      SM213 Mode may be MultiModel;MODEL;'        Mode: VALUE|        MultiModelConfig: {ModelCacheSetting: Disabled}';SingleModel;'9:9 SM213 warning /Resources/M/Properties/PrimaryContainer/MultiModelConfig'
      SM215 Mode may be MultiModel;MODEL;'        Mode: VALUE|        ModelDataUrl: s3://bucket/models/';SingleModel;'9:23 SM215 warning /Resources/M/Properties/PrimaryContainer/ModelDataUrl'
      SM220 CompressionType may be Gzip;MODEL;'        ModelDataSource: {S3DataSource: {S3Uri: s3://bucket/model, S3DataType: S3Prefix, CompressionType: VALUE}}';None;'8:49 SM220 error /Resources/M/Properties/PrimaryContainer/ModelDataSource/S3DataSource/S3Uri'
      SM501 the other subnet may differ;MODEL;'      VpcConfig: {SecurityGroupIds: [sg-0123456789abcdef0], Subnets: [subnet-0123456789abcdef0, VALUE]}';subnet-0123456789abcdef0;'8:70 SM501 warning /Resources/M/Properties/VpcConfig/Subnets|8:97 SM501 warning /Resources/M/Properties/VpcConfig/Subnets/1'
      SM321 entries may name a topic;CONFIG;'      AsyncInferenceConfig: {OutputConfig: {NotificationConfig: {SuccessTopic: arn:aws:sns:us-east-1:123456789012:done, IncludeInferenceResponseIn: [VALUE]}}}';'';'0:0 ?'
      SM323 capture may be off;CONFIG;'      DataCaptureConfig: {EnableCapture: VALUE, InitialSamplingPercentage: 0, DestinationS3Uri: s3://bucket/capture/, CaptureOptions: [{CaptureMode: Input}]}';true;'10:75 SM323 warning /Resources/C/Properties/DataCaptureConfig/InitialSamplingPercentage'
      """)
  void anUnknownValueIsNoFinding(String name, String template, String member, String literal,
      String literalFindings) {
    String t = template.equals("MODEL") ? MODEL : CONFIG;
    assertEquals(List.of(), lintMember(t, member.replace("VALUE", "!ImportValue shared")), name);
    if (!literal.isEmpty()) {
      assertEquals(List.of(literalFindings.split("\\|")), lintMember(t, member.replace("VALUE", literal)),
          name + ", with the literal value");
    }
  }

  @Test
  void sm403DataCaptureThatMayBeOffIsNoConflictWithAMultiModelModel() {
    String template = """
        Resources:
          M:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-mme:1
                ModelDataUrl: s3://bucket/models/
                Mode: MultiModel
          C:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - {VariantName: a, ModelName: !GetAtt M.ModelName, InstanceType: ml.m5.large, InitialInstanceCount: 1}
              DataCaptureConfig:
                EnableCapture: VALUE
                InitialSamplingPercentage: 20
                DestinationS3Uri: s3://bucket/capture/
                CaptureOptions: [{CaptureMode: Input}]
        """;
    assertEquals(List.of(), lint(template, "!ImportValue shared"));
    assertEquals(List.of("15:7 SM403 warning /Resources/C/Properties/DataCaptureConfig"),
        lint(template, "true"), "with the literal value");
  }

  private static List<String> lint(String template, String value) {
    return LINTER.lintText("t.yaml", template.replace("VALUE", value)).findings().stream()
        .map(Fixture::line).toList();
  }
}
