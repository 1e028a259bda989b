package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;

/**
 * One token.
 *
 * @param text the identifier, number text, decoded template text, heredoc marker, or problem
 * @param nesting how many brackets, strings and interpolations are open just before the token;
 *     error recovery uses it to find the end of the statement it is in
 */
record Token(TokenKind kind, String text, Span span, int nesting) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  boolean isKeyword(String word) {
    return kind == TokenKind.IDENT && text.equals(word);
  }

  /** How a message names this token. */
  String describe() {
    return switch (kind) {
      case IDENT -> "`" + text + "`";
      case NUMBER -> "the number `" + text + "`";
      case INVALID -> text;
      default -> kind.description;
    };
  }
}
