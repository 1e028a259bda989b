package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.Messages;
import dev.sagelint.core.parse.Span;

/**
 * Something wrong with the text of an HCL file, located where it was noticed.
 *
 * @param kind what sort of problem: a syntax error, or a reading limit that stopped the parser
 * @param message a sentence for the user (from this package's messages.properties)
 * @param span where it is
 */
public record HclProblem(Kind kind, String message, Span span) {

  /** The sorts of problem; each has a message key {@code hcl.<name in lower case>}. */
  public enum Kind {
    /** The text is not HCL native syntax; parsing resumed at the next statement. */
    SYNTAX,
    /** Deeper than {@code max-depth}; parsing stopped. */
    LIMIT_DEPTH,
    /** More than {@code max-nodes} attributes, blocks and expressions; parsing stopped. */
    LIMIT_NODES,
    /** A string, identifier or heredoc longer than {@code max-string-length}; parsing stopped. */
    LIMIT_STRING,
    /** So many syntax errors that the rest of the file was not read. */
    TOO_MANY_ERRORS;

    /** Whether the parser stopped reading the file here. */
    public boolean stopsParsing() {
      return this != SYNTAX;
    }
  }

  static HclProblem syntax(Span at, String detail) {
    return of(Kind.SYNTAX, at, detail);
  }

  static HclProblem of(Kind kind, Span at, Object... args) {
    String key = "hcl." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    return new HclProblem(kind, Messages.format(HclProblem.class, key, args), at);
  }
}
