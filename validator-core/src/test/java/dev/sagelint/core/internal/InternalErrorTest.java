package dev.sagelint.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.input.InputRules;
import dev.sagelint.core.rules.schema.SchemaRules;
import java.util.ArrayList;
import java.util.List;
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
