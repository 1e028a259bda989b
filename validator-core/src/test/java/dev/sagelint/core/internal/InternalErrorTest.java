package dev.sagelint.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.input.InputRules;
import dev.sagelint.core.rules.schema.SchemaRules;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaKeywordRule;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalErrorTest {
  @RuleInfo(id = "SM899", title = "Always crashes", severity = Severity.WARNING,
      kinds = DocumentKind.CREATE_MODEL, description = "test", rationale = "test")
  static final class Crashing implements Rule {
    @Override
    public void check(RuleContext ctx) {
      throw new IllegalStateException("boom");
    }
  }

  @RuleInfo(id = "SM898", title = "Crashes while describing", severity = Severity.ERROR,
      description = "test", rationale = "test")
  static final class CrashingKeywordRule implements SchemaKeywordRule {
    @Override
    public Set<String> keywords() {
      return Set.of("pattern");
    }

    @Override
    public Described describe(SchemaViolation violation) {
      throw new IllegalStateException("kaboom");
    }
  }

  @Test
  void aFileThatMakesSagelintFailGetsAnSm900FindingAndTheOtherFilesAreStillLinted() {
    List<Object> rules = new ArrayList<>(InputRules.all());
    rules.add(new CrashingKeywordRule());
    Linter linter = Linter.create(LintOptions.defaults(), new RuleCatalog(rules));
    LintResult r = linter.lint(List.of(
        LintInput.text("bad.yaml", "ModelName: churn_model\nPrimaryContainer: {Image: img}\n"),
        LintInput.text("dup.yaml", "ModelName: churn\nModelName: churn\nPrimaryContainer: {Image: img}\n")), 2);
    assertEquals(List.of("bad.yaml 1:1 SM900", "dup.yaml 2:1 SM002"), r.findings().stream()
        .map(f -> f.file() + " " + f.line() + ":" + f.column() + " " + f.rule()).toList());
    assertTrue(r.findings().get(0).message().contains("kaboom"), r.findings().get(0).message());
  }

  @Test
  void aCrashingRuleBecomesAnSm900FindingAndTheRunGoesOn() {
    List<Object> rules = new ArrayList<>(InputRules.all());
    rules.addAll(SchemaRules.all());
    rules.add(new Crashing());
    Linter linter = Linter.create(LintOptions.defaults(), new RuleCatalog(rules));
    List<Finding> findings = linter.lintText("m.yaml", "ModelName: churn_model\nPrimaryContainer: {Image: img}\n").findings();
    assertEquals(List.of("SM105", "SM900"), findings.stream().map(Finding::rule).sorted().toList());
    Finding crash = findings.stream().filter(f -> f.rule().equals("SM900")).findFirst().orElseThrow();
    assertTrue(crash.message().contains("SM899") && crash.message().contains("boom"), crash.message());
  }
}
