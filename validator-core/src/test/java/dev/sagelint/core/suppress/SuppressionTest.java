package dev.sagelint.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.parse.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressions through the whole engine: what is silenced, and what is reported unused. */
class SuppressionTest {
  private static final String MODEL = """
      ModelName: churn_model
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecutionRole
      PrimaryContainer:
        Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
        ModelDataURL: s3://bucket/model.tar.gz
      """;

  private static List<String> lint(LintOptions options, String name, String text) {
    return Linter.create(options).lintText(name, text).findings().stream()
        .map(f -> f.line() + ":" + f.column() + "-" + f.endColumn() + " " + f.rule() + " " + f.severity().label())
        .toList();
  }

  private static List<String> lint(String text) {
    return lint(LintOptions.builder().select(List.of("SM0", "SM1")).build(), "m.yaml", text);
  }

  @Test
  void withoutSuppressionsBothFindingsAreReported() {
    assertEquals(List.of("1:12-23 SM105 error", "5:3-15 SM102 error"), lint(MODEL));
  }

  @Test
  void disableNextLineSilencesTheNextCodeLineOnlyAndSkipsBlankAndCommentLines() {
    String text = MODEL.replace("  ModelDataURL", "  # sagelint: disable-next-line SM102 -- renamed later\n\n"
        + "  # another comment\n  ModelDataURL");
    assertEquals(List.of("1:12-23 SM105 error"), lint(text));
  }

  @Test
  void disableFileSilencesEveryMatchingFindingByIdOrPrefix() {
    assertEquals(List.of("5:3-15 SM102 error"), lint("# sagelint: disable-file SM105\n" + MODEL)
        .stream().map(s -> s.replaceFirst("^6:", "5:")).toList());
    assertEquals(List.of(), lint("# sagelint: disable-file SM1\n" + MODEL));
  }

  @Test
  void unusedRuleIdsInAUsedCommentAreReportedAtTheirOwnColumns() {
    String text = "# sagelint: disable-next-line SM105, SM103\n" + MODEL;
    assertEquals(List.of("1:38-43 SM010 info", "6:3-15 SM102 error"), lint(text));
  }

  @Test
  void malformedCommentsAreReported() {
    assertEquals(List.of("1:1-31 SM010 info", "2:12-23 SM105 error", "6:3-15 SM102 error"),
        lint("# sagelint: disable-line SM105\n" + MODEL));
    assertEquals(List.of("1:31-35 SM010 info", "2:12-23 SM105 error", "6:3-15 SM102 error"),
        lint("# sagelint: disable-next-line E501\n" + MODEL));
    assertEquals(List.of("1:1-30 SM010 info", "2:12-23 SM105 error", "6:3-15 SM102 error"),
        lint("# sagelint: disable-next-line\n" + MODEL));
  }

  @Test
  void hashInsideAQuotedScalarIsNotAComment() {
    String text = MODEL + "  Environment:\n    NOTE: \"x # sagelint: disable-file SM1\"\n";
    assertEquals(List.of("1:12-23 SM105 error", "5:3-15 SM102 error"), lint(text));
  }

  @Test
  void suppressionsOfRulesThatAreOffAreNotReportedUnused() {
    LintOptions options = LintOptions.builder().select(List.of("SM0", "SM1"))
        .rule("SM103", RuleSetting.off()).build();
    assertEquals(List.of("2:12-23 SM105 error", "6:3-15 SM102 error"),
        lint(options, "m.yaml", "# sagelint: disable-file SM103\n" + MODEL));
  }

  @Test
  void jsonHasNoCommentsButConfigEntriesSuppressByPointerAndReportUnusedEntries() {
    String json = """
        {
          "EndpointConfigName": "ep",
          "ProductionVariants": [
            {"VariantName": "v", "ModelName": "m", "InstanceType": "ml.m5.xlarg", "InitialInstanceCount": 0}
          ],
          "EndpointName": "x"
        }
        """;
    Path wd = Path.of("/work/project");
    SuppressionEntry byPointer = new SuppressionEntry(Glob.compile("specs/*.json"), "SM1",
        "/ProductionVariants/0", "", wd, wd, ".sagelint.yaml", new Span(3, 5, 4, 20, 0, 0));
    SuppressionEntry unused = new SuppressionEntry(Glob.compile("specs/*.json"), "SM105", null, "",
        wd, wd, ".sagelint.yaml", new Span(7, 5, 8, 20, 0, 0));
    SuppressionEntry otherFile = new SuppressionEntry(Glob.compile("other/*.json"), "SM102", null, "",
        wd, wd, ".sagelint.yaml", new Span(9, 5, 9, 20, 0, 0));
    LintOptions options = LintOptions.builder().select(List.of("SM0", "SM1"))
        .suppressions(List.of(byPointer, unused, otherFile)).build();
    List<Finding> findings = Linter.create(options).lintText("specs/ep.json", json).findings();
    assertEquals(List.of(".sagelint.yaml:7:5 SM010", "specs/ep.json:6:3 SM102"),
        findings.stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule()).toList());
    assertEquals("The suppression of SM105 for `specs/*.json` matched no finding.", findings.get(0).message());
  }

  /** Issue 17 polish: the pointer part of an unused entry's message kept its space ("`*.yaml`at"). */
  @Test
  void anUnusedEntryWithAPointerNamesItAfterASpace() {
    Path wd = Path.of("/work/project");
    SuppressionEntry unused = new SuppressionEntry(Glob.compile("*.yaml"), "SM105", "/ExecutionRoleArn", "",
        wd, wd, ".sagelint.yaml", new Span(2, 5, 2, 20, 0, 0));
    LintOptions options = LintOptions.builder().select(List.of("SM0", "SM1")).suppressions(List.of(unused)).build();
    List<Finding> findings = Linter.create(options).lintText("m.yaml", MODEL).findings();
    assertEquals("The suppression of SM105 for `*.yaml` at `/ExecutionRoleArn` matched no finding.",
        findings.stream().filter(f -> f.rule().equals("SM010")).findFirst().orElseThrow().message());
  }
}
