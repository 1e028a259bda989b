package dev.sagelint.core.internal;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.rules.RuleDescriptor;

/** Turns a rule's unexpected exception into an SM900 finding instead of a crash. */
public final class InternalErrors {
  static final String RULE = "SM900";

  private InternalErrors() {}

  /**
   * The finding for a file whose reading, parsing or validation failed unexpectedly: the run goes
   * on with the other files, and this one fails visibly instead of being skipped.
   */
  public static Finding fileFinding(String file, Throwable e) {
    StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
    String where = top == null ? "" : " at " + top.getClassName() + ":" + top.getLineNumber();
    String message = "sagelint failed while checking this file (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where + "). This is a bug in sagelint.";
    return Finding.at(RULE, Severity.ERROR, message, "Please report it with this file.", file, "", 0,
        Span.FILE, null);
  }

  static Finding finding(RuleDescriptor rule, ParsedDocument doc, RuntimeException e) {
    StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
    String where = top == null ? "" : " at " + top.getClassName() + ":" + top.getLineNumber();
    String message = "Rule " + rule.id() + " failed on this document (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where + "). This is a bug in sagelint.";
    return Finding.at(RULE, Severity.ERROR, message, "Please report it with this document.",
        doc.source().name(), "", doc.index(), doc.root().span().start(), null);
  }
}
