package dev.sagelint.maven;

import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.config.FailOn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check found and did.
 *
 * @param result the findings after the baseline
 * @param baselineHidden findings the baseline accepted
 * @param failOn the threshold the build is judged by
 * @param reports the report files written
 * @param warnings problems met while collecting files (unreadable directories), one line each
 */
public record CheckOutcome(
    LintResult result, int baselineHidden, FailOn failOn, List<Path> reports, List<String> warnings) {

  public CheckOutcome {
    reports = List.copyOf(reports);
    warnings = List.copyOf(warnings);
  }

  /** Findings at or above {@link #failOn}; 0 for {@link FailOn#NONE}. */
  public long failing() {
    Optional<Severity> threshold = failOn.threshold();
    return threshold.map(result::countAtLeast).orElse(0L);
  }

  public boolean fails() {
    return failing() > 0;
  }

  /** The build failure's message: how many findings, at or above what, and where to look. */
  public String failureMessage(String reportsShownAs) {
    long n = failing();
    return "sagelint: " + n + (n == 1 ? " finding" : " findings") + " at or above "
        + failOn.label() + " (failOn=" + failOn.label() + ")"
        + (reports.isEmpty() ? "; see the log above" : "; see the log above or " + reportsShownAs);
  }

  /**
   * One line for the end of the run, e.g. {@code 3 files, 2 specs linted: 1 error, 0 warnings,
   * 2 info}.
   */
  public String summary() {
    Map<Severity, Integer> counts = result.counts();
    int files = result.files().size();
    long skipped = result.skippedFiles();
    String line = "sagelint: " + plural(files, "file") + " checked, "
        + (skipped == 0 ? "" : skipped + (skipped == 1 ? " of them not a SageMaker spec, "
            : " of them not SageMaker specs, "))
        + plural(counts.get(Severity.ERROR), "error") + ", "
        + plural(counts.get(Severity.WARNING), "warning") + ", "
        + counts.get(Severity.INFO) + " info";
    return baselineHidden == 0 ? line : line + " (" + baselineHidden + " more accepted by the baseline)";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
