package dev.sagelint.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 row 2: an empty YAML value is null (ADR 0003), and the SDKs reject null for a string
 * member; the finding says so in words instead of showing "``".
 */
class EmptyValueTest {
  private static final String MODEL = """
      ModelName: churn
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerRole
      PrimaryContainer:
        Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
        Environment:
          A:
      Tags:
        - Key: owner
          Value:
      """;

  @Test
  void anEmptyTagValueAndAnEmptyEnvironmentValueAreErrorsAtTheValue() {
    List<String> found = Linter.create(LintOptions.defaults()).lintText("m.yaml", MODEL).findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().label() + " "
            + f.pointer() + " " + f.message())
        .toList();
    assertEquals(List.of(
        "6:7 SM103 error /PrimaryContainer/Environment/A `PrimaryContainer.Environment.A` must be a "
            + "string, but it is an empty value (null).",
        "9:11 SM103 error /Tags/0/Value `Tags[0].Value` must be a string, but it is an empty value (null)."),
        found);
  }

  /** Issue 17 polish: a block scalar or an empty string is shown on one line, as written. */
  @Test
  void aBlockScalarAndAnEmptyStringAreShownOnOneLine() {
    String config = """
        EndpointConfigName: cfg
        ProductionVariants:
          - VariantName: v
            ModelName: m
            InstanceType: ml.m5.large
            InitialInstanceCount: |
              1
              2
          - VariantName: w
            ModelName: m
            InstanceType: ml.m5.large
            InitialInstanceCount: ""
        """;
    List<String> messages = Linter.create(LintOptions.defaults()).lintText("c.yaml", config).findings()
        .stream().filter(f -> f.rule().equals("SM103")).map(f -> f.message()).toList();
    assertEquals(List.of(
        "`ProductionVariants[0].InitialInstanceCount` must be an integer, but it is a string (`1\\n2\\n`).",
        "`ProductionVariants[1].InitialInstanceCount` must be an integer, but it is a string (`\"\"`)."),
        messages);
  }
}
