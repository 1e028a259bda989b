package dev.sagelint.core.source.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile templates end with a located finding or nothing, never a crash or a hang.
 * The timeouts are hang guards on a shared machine, not performance assertions.
 */
class HostileTemplateTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  private static List<String> lines(String text) {
    return lines(text, HANG_GUARD);
  }

  private static List<String> lines(String text, Duration guard) {
    LintResult r = assertTimeoutPreemptively(guard, () -> LINTER.lintText("t.yaml", text));
    return r.findings().stream().map(Fixture::line).toList();
  }

  @Test
  void resourcesThatIsNotAMapping() {
    assertEquals(List.of("3:3 SM020 error /Resources"),
        lines("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Type: AWS::SageMaker::Model\n"));
  }

  @Test
  void propertiesThatAreNullOrAList() {
    String t = """
        Resources:
          A:
            Type: AWS::SageMaker::Model
            Properties:
          B:
            Type: AWS::SageMaker::EndpointConfig
            Properties: [1, 2]
        """;
    assertEquals(List.of("4:16 SM020 error /Resources/A/Properties", "7:17 SM020 error /Resources/B/Properties"),
        lines(t));
  }

  @Test
  void unknownIntrinsicAndWrongArity() {
    String t = """
        Resources:
          M:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: {"Fn::Iff": [a, b, c]}
              PrimaryContainer:
                Image: !If [OnlyTwo, x]
        """;
    assertEquals(List.of("5:25 SM020 error /Resources/M/Properties/ExecutionRoleArn",
        "7:16 SM020 error /Resources/M/Properties/PrimaryContainer/Image"), lines(t));
  }

  @Test
  void aLoopThroughConditionsIsReportedOnceAndEndsInBoundedTime() {
    String t = """
        Conditions:
          A: !And [!Condition B, !Condition C]
          B: !Or [!Condition A, !Equals [x, y]]
          C: !Not [!Condition A]
        Resources:
          M:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: !If [A, arn:aws:iam::123456789012:role/a, arn:aws:iam::123456789012:role/b]
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1
        """;
    // Each condition that leads back to A is reported where it does.
    assertEquals(List.of("3:11 SM020 error /Conditions/B/0", "4:12 SM020 error /Conditions/C/0"), lines(t));
  }

  @Test
  void tenThousandResources() {
    StringBuilder t = new StringBuilder("Resources:\n");
    for (int i = 0; i < 10_000; i++) {
      t.append("  M").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
          .append("      ExecutionRoleArn: !GetAtt Role.Arn\n")
          .append("      PrimaryContainer: {Image: !Sub '${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/a:1'}\n");
    }
    // About 3 s of CPU; the guard allows for a machine busy with other builds.
    assertEquals(List.of(), lines(t.toString(), Duration.ofSeconds(120)));
  }

  @Test
  void fiftyNestedIfs() {
    StringBuilder conditions = new StringBuilder("Conditions:\n");
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      conditions.append("  C").append(i).append(": !Equals [!Ref \"AWS::Region\", r").append(i).append("]\n");
      value.append("{\"Fn::If\": [C").append(i).append(", ml.m5.large, ");
    }
    value.append("ml.m5d.large").append("]}".repeat(50));
    String t = conditions + """
        Resources:
          E:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: alias/k
              ProductionVariants:
                - ModelName: m
                  VariantName: v
                  InitialInstanceCount: 1
                  InstanceType: %s
        """.formatted(value);
    // Only the innermost else-branch has local storage: reached when all 50 conditions are false,
    // which the first 128 scenarios include (every condition starts false).
    assertEquals(List.of("56:17 SM301 error /Resources/E/Properties/KmsKeyId"), lines(t));
  }
}
