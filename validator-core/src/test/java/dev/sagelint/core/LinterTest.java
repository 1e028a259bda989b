package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.testing.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2";
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
  private final Linter linter = Linter.create(LintOptions.defaults());

  private List<String> lint(String name, String text) {
    return linter.lintText(name, text).findings().stream().map(Fixture::line).toList();
  }

  @Test
  void filesThatAreNotSpecsAreSkippedQuietlyEvenWhenBroken() {
    // A Helm template is not valid YAML; a CloudFormation template is full of custom tags.
    String helm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  {{- include x }}\n";
    String dup = "{\"name\": \"a\", \"name\": \"b\"}";
    for (String[] f : new String[][] {{"chart.yaml", helm}, {"package.json", dup}}) {
      LintResult r = linter.lintText(f[0], f[1]);
      assertEquals(List.of(), r.findings(), f[0]);
      assertTrue(r.files().get(0).skipped(), f[0]);
    }
  }

  @Test
  void aTemplateWithoutSageMakerResourcesIsCheckedWithNothingToReport() {
    // Full of CloudFormation's own tags, which are not custom YAML tags in a template.
    String cfn = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Ref Name\n";
    LintResult r = linter.lintText("t.yaml", cfn);
    assertEquals(List.of(), r.findings());
    assertFalse(r.files().get(0).skipped());
  }

  @Test
  void brokenFilesThatLookLikeSpecsAreReported() {
    assertEquals(List.of("2:1 SM001 error \"\""), lint("m.yaml", "ModelName: a\n\tImage: x\n"));
  }

  @Test
  void forcingAKindReportsEvenUnrecognisedDocuments() {
    Linter forced = Linter.create(LintOptions.builder().kind(DocumentKind.CREATE_MODEL).build());
    List<String> lines = forced.lintText("x.yaml", "Name: a\n").findings().stream().map(Fixture::line).toList();
    assertEquals(List.of("1:1 SM101 error \"\"", "1:1 SM102 error /Name", "1:1 SM208 error \"\"",
        "1:1 SM232 info \"\""), lines);
  }

  @Test
  void anIntegerBeyondThe32BitRangeIsOneFindingAtTheValueAsWritten() {
    // 1e30 linted clean before the schemas carried the 32-bit range; 2147483648 then also made
    // SM317 compare it with MaxInstanceCount: a second finding on the same value.
    String ec = """
        EndpointConfigName: e
        ExecutionRoleArn: arn:aws:iam::123456789012:role/InferenceComponents
        ProductionVariants:
          - VariantName: v
            InstanceType: ml.m5.large
            InitialInstanceCount: 1e30
            ManagedInstanceScaling: {Status: ENABLED, MinInstanceCount: 2147483648, MaxInstanceCount: 2}
        ExplainerConfig:
          ClarifyExplainerConfig:
            ShapConfig:
              ShapBaselineConfig: {ShapBaseline: "1,2"}
              Seed: -2147483649
        """;
    List<Finding> findings = linter.lintText("ec.yaml", ec).findings();
    assertEquals(List.of("6:27 SM108 error /ProductionVariants/0/InitialInstanceCount",
        "7:65 SM108 error /ProductionVariants/0/ManagedInstanceScaling/MinInstanceCount",
        "12:13 SM108 error /ExplainerConfig/ClarifyExplainerConfig/ShapConfig/Seed"),
        findings.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialInstanceCount` is `1e30`; AWS allows from 1 to 2147483647.",
        findings.get(0).message());
    assertEquals("AWS reads this member as a 32-bit signed integer, which is at most 2147483647.",
        findings.get(0).hint());
    assertEquals("`ProductionVariants[0].ManagedInstanceScaling.MinInstanceCount` is `2147483648`; AWS allows "
        + "from 0 to 2147483647.", findings.get(1).message());
    assertEquals(6, findings.get(0).endLine());
    assertEquals(31, findings.get(0).endColumn());
    // The type's maximum is not the one broken, so it is left out as noise.
    assertEquals("`ExplainerConfig.ClarifyExplainerConfig.ShapConfig.Seed` is `-2147483649`; AWS allows "
        + "at least -2147483648.", findings.get(2).message());
    assertEquals("AWS reads this member as a 32-bit signed integer, which is at least -2147483648.",
        findings.get(2).hint());
  }

  @Test
  void aBoundTheModelStatesGetsNoHintAboutTheType() {
    String ec = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    ServerlessConfig: {MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 9223372036854775808}\n";
    List<Finding> findings = linter.lintText("ec.yaml", ec).findings();
    assertEquals(List.of("5:89 SM108 error /ProductionVariants/0/ServerlessConfig/ProvisionedConcurrency"),
        findings.stream().map(Fixture::line).toList(), "and no SM309 comparing it with MaxConcurrency");
    assertEquals("`ProductionVariants[0].ServerlessConfig.ProvisionedConcurrency` is `9223372036854775808`; "
        + "AWS allows from 1 to 200.", findings.get(0).message());
    assertEquals(null, findings.get(0).hint());
  }

  @Test
  void aBoundOfTheTypeIsLeftOutOfTheMessageWhenTheModelsOwnBoundIsTheOneBroken() {
    String ec = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    InstanceType: ml.m5.large\n    InitialInstanceCount: 0\n";
    List<Finding> findings = linter.lintText("ec.yaml", ec).findings();
    assertEquals(List.of("6:27 SM108 error /ProductionVariants/0/InitialInstanceCount"),
        findings.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialInstanceCount` is `0`; AWS allows at least 1.",
        findings.get(0).message());
    assertEquals(null, findings.get(0).hint());
  }

  @Test
  void everyYamlDocumentIsLintedWithItsOwnLocations() {
    String body = "ExecutionRoleArn: ROLE\nPrimaryContainer: {Image: IMG}\n".replace("ROLE", ROLE).replace("IMG", IMAGE);
    String yaml = "ModelName: ok-model\n" + body + "---\nModelName: bad_model\n" + body;
    LintResult r = linter.lintText("two.yaml", yaml);
    assertEquals(List.of("5:12 SM105 error /ModelName"), r.findings().stream().map(Fixture::line).toList());
    assertEquals(1, r.findings().get(0).documentIndex());
    assertEquals(2, r.lintedDocuments());
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    List<LintInput> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(LintInput.text("f" + (i % 7) + "-" + i + ".yaml",
          "ModelName: m_" + i + "\nExecutionRoleArn: " + ROLE + "\nPrimaryContainer:\n  Image: " + IMAGE
              + "\n  ModelDataURL: s3://b/k\n"));
    }
    LintResult one = linter.lint(inputs, 1);
    LintResult many = linter.lint(inputs, 8);
    assertEquals(one, many);
    assertEquals(80, one.findings().size());
  }
}
