package dev.sagelint.core.internal;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a finding that one file reports at a place in another file when that other file, linted
 * in the same run, reports the same finding itself.
 *
 * <p>This happens with a Terraform plan saved beside its module: the plan's findings are located
 * in the {@code .tf} file the resource comes from, and linting the directory lints both, so each
 * mistake would be printed twice at the same line and column. The {@code .tf} file's own finding
 * is kept (its suppression comments and baseline keys belong to it); a plan finding the source
 * does not have (a value only the plan knows, a count-expanded instance) is different and stays.
 */
public final class ReportedOnce {
  private ReportedOnce() {}

  /** What makes two findings the same for the reader: rule, severity, place and words. */
  private record Key(String rule, String severity, String message, String file, String pointer,
      int line, int column, int endLine, int endColumn) {
    static Key of(Finding f) {
      return new Key(f.rule(), f.severity().name(), f.message(), f.file(), f.pointer(), f.line(),
          f.column(), f.endLine(), f.endColumn());
    }
  }

  public static LintResult apply(LintResult result) {
    Set<Key> own = new HashSet<>();
    boolean elsewhere = false;
    for (FileResult file : result.files()) {
      for (Finding f : file.findings()) {
        if (f.file().equals(file.file())) {
          own.add(Key.of(f));
        } else {
          elsewhere = true;
        }
      }
    }
    if (!elsewhere) {
      return result;
    }
    return result.retaining(file -> file.findings().stream()
        .filter(f -> f.file().equals(file.file()) || !own.contains(Key.of(f)))
        .toList());
  }
}
