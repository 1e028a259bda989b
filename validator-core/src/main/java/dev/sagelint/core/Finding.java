package dev.sagelint.core;

import dev.sagelint.core.parse.Span;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one document: an immutable value with everything a report needs.
 *
 * <p>Positions are 1-based; columns count UTF-16 code units of the decoded line, which is what
 * editors and GitHub annotations expect. {@code keyword} is the JSON Schema keyword for schema
 * findings and {@code null} otherwise; {@code hint} says how to fix it, when there is a fix to say.
 *
 * @param rule stable rule id, e.g. {@code SM105}
 * @param severity effective severity after configuration
 * @param message what is wrong, in the user's terms
 * @param hint how to fix it, or {@code null}
 * @param file the file as the user named it (relative where possible), or {@code <stdin>}
 * @param pointer RFC 6901 JSON Pointer into the document ({@code ""} is the whole document)
 * @param documentIndex 0-based index of the YAML document within the file (0 for JSON)
 */
public record Finding(
    String rule,
    Severity severity,
    String message,
    String hint,
    String file,
    String pointer,
    int documentIndex,
    int line,
    int column,
    int endLine,
    int endColumn,
    String keyword) {

  /** Report order: by file, then position, then rule, so output is stable whatever the threading. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** Convenience for rules and parsers: a finding located at {@code span}. */
  public static Finding at(
      String rule, Severity severity, String message, String hint, String file, String pointer,
      int documentIndex, Span span, String keyword) {
    return new Finding(rule, severity, message, hint, file, pointer, documentIndex,
        span.startLine(), span.startColumn(), span.endLine(), span.endColumn(), keyword);
  }

  /** The message followed by the hint, for formats that have room for one line only. */
  public String fullMessage() {
    return hint == null || hint.isEmpty() ? message : message + " " + hint;
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, hint, file, pointer, documentIndex, line, column,
        endLine, endColumn, keyword);
  }
}
