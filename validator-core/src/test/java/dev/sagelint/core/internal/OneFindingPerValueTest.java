package dev.sagelint.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.testing.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 row 1: one finding per value is chosen among the findings that remain after severity
 * overrides and suppressions, and every finding keeps the severity its rule is configured with.
 */
class OneFindingPerValueTest {
  private static final String ROLE = "ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerRole\n";
  private static final String IMAGE =
      "  Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\n";
  private static final String PLACEHOLDER_NAME =
      "ModelName: <model-name>\n" + ROLE + "PrimaryContainer:\n" + IMAGE;

  private static List<String> lint(LintOptions options, String text) {
    return Linter.create(options).lintText("m.yaml", text).findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().label())
        .toList();
  }

  private static List<String> lint(String text) {
    return lint(LintOptions.defaults(), text);
  }

  @Test
  void aPlaceholderThatBreaksThePatternIsReportedAsTheErrorOfThePatternRule() {
    // SM601 is declared a warning; the value is rejected by AWS: the error wins, at its own severity.
    assertEquals(List.of("1:12 SM105 error"), lint(PLACEHOLDER_NAME));
  }

  @Test
  void loweringThePlaceholderRuleDoesNotHideThePatternError() {
    LintOptions lowered = LintOptions.builder().rule("SM601", RuleSetting.severity(Severity.WARNING)).build();
    assertEquals(List.of("1:12 SM105 error"), lint(lowered, PLACEHOLDER_NAME));
    LintOptions info = LintOptions.builder().rule("SM601", RuleSetting.severity(Severity.INFO)).build();
    assertEquals(List.of("1:12 SM105 error"), lint(info, PLACEHOLDER_NAME));
  }

  @Test
  void suppressingThePlaceholderRuleDoesNotHideThePatternError() {
    String text = "# sagelint: disable-next-line SM601 -- filled by the pipeline\n" + PLACEHOLDER_NAME;
    assertEquals(List.of("2:12 SM105 error"), lint(text));
  }

  @Test
  void anInstanceTypePlaceholderStaysAnEnumError() {
    String config = """
        EndpointConfigName: cfg
        ProductionVariants:
          - VariantName: AllTraffic
            ModelName: m
            InitialInstanceCount: 1
            InstanceType: <x>
        """;
    LintOptions lowered = LintOptions.builder().rule("SM601", RuleSetting.severity(Severity.WARNING)).build();
    assertEquals(List.of("6:19 SM104 error"), lint(lowered, config));
    String suppressed = config.replace("    InstanceType", "    # sagelint: disable-next-line SM601\n    InstanceType");
    assertEquals(List.of("7:19 SM104 error"), lint(suppressed));
  }

  @Test
  void suppressingTheSchemaRuleLeavesThePlaceholderFindingAtItsOwnSeverity() {
    String text = "# sagelint: disable-next-line SM105\n" + PLACEHOLDER_NAME;
    assertEquals(List.of("2:12 SM601 warning"), lint(text));
    LintOptions off = LintOptions.builder().rule("SM105", RuleSetting.off()).build();
    assertEquals(List.of("1:12 SM601 warning"), lint(off, PLACEHOLDER_NAME));
  }

  @Test
  void raisingThePlaceholderRuleToErrorDoesNotTakeThePatternErrorsPlace() {
    // Both are errors now; SM601 is declared less severe than SM105, so it does not take SM105's place.
    LintOptions raised = LintOptions.builder().rule("SM601", RuleSetting.severity(Severity.ERROR)).build();
    assertEquals(List.of("1:12 SM105 error"), lint(raised, PLACEHOLDER_NAME));
  }

  @Test
  void aPlaceholderInAFreeTextValueIsTheOnlyFindingAtItsDeclaredSeverity() {
    String text = "ModelName: churn\n" + ROLE + "PrimaryContainer:\n" + IMAGE
        + "  Environment:\n    HF_TOKEN: <your-hf-token>\n";
    assertEquals(List.of("6:15 SM601 warning"), lint(text));
  }

  @Test
  void noFindingOfAnyFixtureIsReportedAboveItsRulesDeclaredSeverity() {
    // What `sagelint rules` and SARIF's defaultConfiguration say is the most a result can be;
    // sub-checks of some rules report below it, never above.
    RuleCatalog catalog = RuleCatalog.defaults();
    List<String> above = new ArrayList<>();
    for (Fixture fixture : Fixture.all()) {
      for (Finding f : fixture.lint().findings()) {
        Severity declared = catalog.find(f.rule()).orElseThrow().severityFor(fixture.options().apiVersion());
        if (f.severity().compareTo(declared) > 0) {
          above.add(fixture + " " + Fixture.line(f) + " declared " + declared.label());
        }
      }
    }
    assertEquals(List.of(), above);
  }

  @Test
  void whenTheSchemaRuleIsLoweredThePlaceholderExplainsTheValue() {
    LintOptions lowered = LintOptions.builder().rule("SM1", RuleSetting.severity(Severity.WARNING)).build();
    assertEquals(List.of("1:12 SM105 warning"), lint(lowered, PLACEHOLDER_NAME));
    LintOptions info = LintOptions.builder().rule("SM1", RuleSetting.severity(Severity.INFO)).build();
    assertEquals(List.of("1:12 SM601 warning"), lint(info, PLACEHOLDER_NAME));
  }
}
