package dev.sagelint.core.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The must-have version behaviour of a missing ExecutionRoleArn: an error under 2021-02-22 (the
 * schema's SM101, the member is required there) and an info under 2026-08-07 (SM232, optional
 * there), and in both cases exactly one finding for the one omission. The 2021 half cannot be a
 * fixture of SM232, whose bad fixtures must each contain an SM232 finding.
 */
class ExecutionRoleVersionTest {
  private static final String CREATE = """
      ModelName: churn-model
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;
  private static final String DESCRIBE = """
      ModelName: churn-model
      ModelArn: arn:aws:sagemaker:us-east-1:123456789012:model/churn-model
      CreationTime: "2026-03-02T10:15:00Z"
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;

  @ParameterizedTest
  @CsvSource({
      "CREATE, 2021-02-22, SM101, error",
      "CREATE, 2026-08-07, SM232, info",
      "DESCRIBE, 2021-02-22, SM101, error",
      "DESCRIBE, 2026-08-07, SM232, info",
  })
  void oneFindingWhoseSeverityDependsOnTheApiVersion(String doc, String version, String rule,
      String severity) {
    LintOptions options = LintOptions.builder().apiVersion(ApiVersion.parse(version)).build();
    List<Finding> findings = Linter.create(options)
        .lintText("model.yaml", doc.equals("CREATE") ? CREATE : DESCRIBE).findings();
    assertEquals(List.of("1:1 " + rule + " " + severity + " \"\""),
        findings.stream().map(Fixture::line).toList());
  }
}
