package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.config.FailOn;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the build fails and what it says. */
class CheckOutcomeTest {
  private static final List<Path> REPORTS = List.of(Path.of("target/sagelint/sagelint.json"));

  private static Finding finding(Severity s, int line) {
    return new Finding("SM105", s, "m", null, "a.yaml", "/X", 0, line, 1, line, 2, null);
  }

  /** a.yaml with one error, one warning and one info; b.json not a spec. */
  private static LintResult result() {
    DocumentResult linted = new DocumentResult(0, Optional.of(DocumentKind.CREATE_MODEL), null);
    DocumentResult skipped = new DocumentResult(0, Optional.empty(), "not a SageMaker spec");
    return new LintResult(List.of(
        new FileResult("a.yaml", List.of(linted),
            List.of(finding(Severity.ERROR, 1), finding(Severity.WARNING, 2), finding(Severity.INFO, 3))),
        new FileResult("b.json", List.of(skipped), List.of())));
  }

  private static CheckOutcome outcome(FailOn failOn) {
    return new CheckOutcome(result(), 0, failOn, REPORTS, List.of());
  }

  @Test
  void countsFindingsAtOrAboveTheThreshold() {
    assertEquals(1, outcome(FailOn.ERROR).failing());
    assertEquals(2, outcome(FailOn.WARNING).failing());
    assertEquals(3, outcome(FailOn.INFO).failing());
    assertEquals(0, outcome(FailOn.NONE).failing());
    assertFalse(outcome(FailOn.NONE).fails());
    assertTrue(outcome(FailOn.ERROR).fails());
  }

  @Test
  void aCleanResultNeverFails() {
    CheckOutcome clean = new CheckOutcome(new LintResult(List.of()), 0, FailOn.INFO, REPORTS, List.of());
    assertFalse(clean.fails());
  }

  @Test
  void theFailureSaysHowManyAtOrAboveWhatAndWhereToLook() {
    assertEquals("sagelint: 1 finding at or above error (failOn=error); see the log above or "
        + "target/sagelint", outcome(FailOn.ERROR).failureMessage("target/sagelint"));
    assertEquals("sagelint: 2 findings at or above warning (failOn=warning); see the log above or "
        + "target/sagelint", outcome(FailOn.WARNING).failureMessage("target/sagelint"));
    CheckOutcome noReports = new CheckOutcome(result(), 0, FailOn.INFO, List.of(), List.of());
    assertEquals("sagelint: 3 findings at or above info (failOn=info); see the log above",
        noReports.failureMessage("target/sagelint"));
  }

  @Test
  void theSummaryCountsFilesSkippedFilesAndSeverities() {
    assertEquals("sagelint: 2 files checked, 1 of them not a SageMaker spec, 1 error, 1 warning, 1 info",
        outcome(FailOn.ERROR).summary());
    assertEquals("sagelint: 2 files checked, 1 of them not a SageMaker spec, 1 error, 1 warning, 1 info"
        + " (4 more accepted by the baseline)",
        new CheckOutcome(result(), 4, FailOn.ERROR, REPORTS, List.of()).summary());
    assertEquals("sagelint: 0 files checked, 0 errors, 0 warnings, 0 info",
        new CheckOutcome(new LintResult(List.of()), 0, FailOn.ERROR, REPORTS, List.of()).summary());
  }
}
