package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers repeats of one line-independent identity (SARIF's partial fingerprint, GitLab's
 * fingerprint): the first finding with an identity is 1, the next 2, and so on. The identity
 * includes the file, so only one file's identities are kept at a time; findings come in report
 * order, file by file, and memory is bounded by the largest file rather than the whole run.
 */
final class Occurrences {
  private final Map<String, Integer> counts = new HashMap<>();
  private String file;

  /** The occurrence number of {@code identity}, which {@code finding} has. */
  int next(Finding finding, String identity) {
    if (!finding.file().equals(file)) {
      counts.clear();
      file = finding.file();
    }
    return counts.merge(identity, 1, Integer::sum);
  }
}
