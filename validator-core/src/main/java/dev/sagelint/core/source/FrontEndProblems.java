package dev.sagelint.core.source;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a front end finds wrong while reading a file (template structure, links, syntax), as
 * error findings on file pointers, worded from the messages bundle of the front end's package.
 * One finding per (rule, pointer, message key): a front end that builds the same declaration again
 * (a scenario, a variation) meets the same problem again.
 */
public class FrontEndProblems {
  private final Class<?> messages;
  private final String file;
  private final int documentIndex;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /**
   * @param messages a class of the front end's package, whose {@code messages.properties} words
   *     the problems
   */
  protected FrontEndProblems(Class<?> messages, String file, int documentIndex) {
    this.messages = messages;
    this.file = file;
    this.documentIndex = documentIndex;
  }

  /** Reports the message {@code key} (and its {@code .hint}, if any) at {@code pointer}. */
  public void add(String rule, String pointer, Span span, String key, Object... args) {
    if (!seen.add(rule + "\u0000" + pointer + "\u0000" + key)) {
      return;
    }
    String hint = Messages.hint(messages, key, args);
    findings.add(Finding.at(rule, Severity.ERROR, Messages.format(messages, key, args), hint, file,
        pointer, documentIndex, span, null));
  }

  /** Reports a problem whose sentence is already written (a parser's), at the file as a whole. */
  public void addWritten(String rule, Span span, String message) {
    if (seen.add(rule + "\u0000" + span + "\u0000" + message)) {
      findings.add(Finding.at(rule, Severity.ERROR, message, null, file, "", documentIndex, span,
          null));
    }
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
