package dev.sagelint.core.report;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.util.Map;

/**
 * The numbers every format's summary shows, computed one way.
 *
 * @param files files read (linted or skipped)
 * @param skipped files with no SageMaker document and nothing to report
 * @param filesWithFindings files with at least one finding
 * @param errors error findings
 * @param warnings warning findings
 * @param infos info findings
 * @param baselineHidden findings hidden by a baseline
 */
public record Summary(int files, int skipped, int filesWithFindings, int errors, int warnings,
    int infos, int baselineHidden) {

  public static Summary of(LintResult result, ReportContext context) {
    Map<Severity, Integer> counts = result.counts();
    int withFindings = (int) result.files().stream().filter(f -> !f.findings().isEmpty()).count();
    int skipped = (int) result.files().stream().filter(FileResult::skipped).count();
    return new Summary(result.files().size(), skipped, withFindings, counts.get(Severity.ERROR),
        counts.get(Severity.WARNING), counts.get(Severity.INFO), context.baselineHidden());
  }

  public int findings() {
    return errors + warnings + infos;
  }

  /** Files that were linted (not skipped). */
  public int checked() {
    return files - skipped;
  }
}
