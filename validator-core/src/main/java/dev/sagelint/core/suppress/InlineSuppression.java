package dev.sagelint.core.suppress;

import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.Span;
import java.util.List;

/**
 * A {@code # sagelint:} comment in a YAML spec.
 *
 * @param directive what the comment says, as written ({@code disable-next-line},
 *     {@code disable-file}, or something sagelint does not know)
 * @param scope what it covers, or null when the comment cannot be understood
 * @param rules the rule ids or prefixes it names, each with where it is written
 * @param reason the text after {@code --}, or empty
 * @param span the whole comment, from {@code #} to the end of the line
 * @param targetLine for {@code disable-next-line}, the line it covers (the next line that is not
 *     blank or a comment); 0 when there is none
 * @param problem why the comment suppresses nothing by construction (a message key of SM010 and
 *     its argument), or null
 * @param targetEndLine the last line {@code disable-next-line} covers: the target line itself,
 *     or the last line of the declaration that starts there (a template resource, a block)
 */
public record InlineSuppression(
    String directive,
    Scope scope,
    List<RuleRef> rules,
    String reason,
    Span span,
    int targetLine,
    Problem problem,
    int targetEndLine) {

  public InlineSuppression {
    rules = List.copyOf(rules);
  }

  /** A comment that covers at most its target line. */
  public InlineSuppression(String directive, Scope scope, List<RuleRef> rules, String reason,
      Span span, int targetLine, Problem problem) {
    this(directive, scope, rules, reason, span, targetLine, problem, targetLine);
  }

  /** The same comment covering every line up to {@code endLine}. */
  public InlineSuppression through(int endLine) {
    return new InlineSuppression(directive, scope, rules, reason, span, targetLine, problem,
        Math.max(endLine, targetLine));
  }

  /** What a suppression comment covers. */
  public enum Scope {
    NEXT_LINE,
    FILE
  }

  /** A rule id or prefix in a comment, and where it is written. */
  public record RuleRef(String id, Span span) {
    boolean covers(Finding f) {
      return f.rule().startsWith(id);
    }
  }

  /** Why a comment can never suppress anything: a message key and the text it quotes. */
  public record Problem(String messageKey, String argument, Span span) {}

  /** Whether this comment (through {@code ref}) silences {@code finding}. */
  boolean covers(RuleRef ref, Finding finding) {
    if (problem != null || !ref.covers(finding)) {
      return false;
    }
    return scope == Scope.FILE
        || (finding.line() >= targetLine && finding.line() <= targetEndLine);
  }
}
