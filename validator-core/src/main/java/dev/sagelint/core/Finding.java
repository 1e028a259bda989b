package dev.sagelint.core;

import dev.sagelint.core.parse.Span;
import java.util.Comparator;
import java.util.List;
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
 * @param related other places the finding is about (the model a variant uses, the first of two
 *     duplicate keys), for SARIF's {@code relatedLocations} and the text report; never part of the
 *     message, so that moving lines changes neither the message nor a baseline key
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
    String keyword,
    List<Related> related) {

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
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A finding without related locations (most findings). */
  public Finding(String rule, Severity severity, String message, String hint, String file,
      String pointer, int documentIndex, int line, int column, int endLine, int endColumn,
      String keyword) {
    this(rule, severity, message, hint, file, pointer, documentIndex, line, column, endLine,
        endColumn, keyword, List.of());
  }

  /**
   * Another place a finding is about, with a short message saying what is there. Positions as in
   * {@link Finding}; {@code file} as reports show it.
   */
  public record Related(String file, int line, int column, int endLine, int endColumn, String message) {
    public Related {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }

    public static Related at(String file, Span span, String message) {
      return new Related(file, span.startLine(), span.startColumn(), span.endLine(), span.endColumn(),
          message);
    }
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
        endLine, endColumn, keyword, related);
  }

  public Finding withRelated(List<Related> places) {
    return new Finding(rule, severity, message, hint, file, pointer, documentIndex, line, column,
        endLine, endColumn, keyword, places);
  }
}
