package dev.sagelint.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The outcome of a run: per-file results in file order and all findings in report order. */
public record LintResult(List<FileResult> files) {
  public LintResult {
    files = files.stream().sorted((a, b) -> a.file().compareTo(b.file())).toList();
  }

  /**
   * The result with only the findings {@code keep} keeps of each file (a subset, in any order);
   * this same result when every file keeps all of its findings.
   */
  public LintResult retaining(Function<FileResult, List<Finding>> keep) {
    List<FileResult> kept = new ArrayList<>(files.size());
    boolean changed = false;
    for (FileResult file : files) {
      List<Finding> findings = keep.apply(file);
      if (findings.size() == file.findings().size()) {
        kept.add(file);
      } else {
        changed = true;
        kept.add(new FileResult(file.file(), file.documents(), findings));
      }
    }
    return changed ? new LintResult(kept) : this;
  }

  public List<Finding> findings() {
    return files.stream().flatMap(f -> f.findings().stream()).sorted(Finding.ORDER).toList();
  }

  /** Number of findings per severity (every severity present as a key). */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (FileResult f : files) {
      for (Finding x : f.findings()) {
        counts.merge(x.severity(), 1, Integer::sum);
      }
    }
    return counts;
  }

  public Optional<Severity> maxSeverity() {
    return findings().stream().map(Finding::severity).max(Enum::compareTo);
  }

  /** Count of findings at or above {@code threshold}. */
  public long countAtLeast(Severity threshold) {
    return files.stream().flatMap(f -> f.findings().stream())
        .filter(x -> x.severity().atLeast(threshold)).count();
  }

  public long lintedDocuments() {
    return files.stream().flatMap(f -> f.documents().stream()).filter(d -> !d.skipped()).count();
  }

  public long skippedFiles() {
    return files.stream().filter(FileResult::skipped).count();
  }
}
