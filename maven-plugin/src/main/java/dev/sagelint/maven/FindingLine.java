package dev.sagelint.maven;

import dev.sagelint.core.Finding;
import dev.sagelint.core.report.Printable;

/**
 * How a finding reads in the Maven log: {@code path/to/file.yaml:12:7 [SM105] message}, which
 * Maven prefixes with the level ({@code [ERROR]}, {@code [WARNING]}, {@code [INFO]}). The
 * {@code file:line:col} form is what IDE consoles and CI log viewers turn into links.
 */
final class FindingLine {
  private FindingLine() {}

  static String of(Finding f) {
    // Findings about a whole file (unreadable, too large) have no position to show.
    String where = f.line() > 0 ? f.file() + ":" + f.line() + ":" + f.column() : f.file();
    // One log line, and no control character from the file reaches the console (issue 17).
    return Printable.text(where + " [" + f.rule() + "] " + f.fullMessage());
  }
}
