package dev.sagelint.core.source.terraform.hcl;

/** The tokens of HCL native syntax, including the template tokens the lexer emits in strings. */
enum TokenKind {
  IDENT("an identifier"), NUMBER("a number"),
  LBRACE("`{`"), RBRACE("`}`"), LBRACK("`[`"), RBRACK("`]`"), LPAREN("`(`"), RPAREN("`)`"),
  ASSIGN("`=`"), EQ("`==`"), NE("`!=`"), BANG("`!`"), LT("`<`"), LE("`<=`"), GT("`>`"),
  GE("`>=`"), PLUS("`+`"), MINUS("`-`"), STAR("`*`"), SLASH("`/`"), PERCENT("`%`"),
  AND("`&&`"), OR("`||`"), QUESTION("`?`"), COLON("`:`"), DOUBLE_COLON("`::`"), COMMA("`,`"),
  DOT("`.`"), ELLIPSIS("`...`"), FAT_ARROW("`=>`"),
  /** The opening quote of a string. */
  OQUOTE("`\"`"),
  /** The closing quote of a string. */
  CQUOTE("`\"`"),
  /** {@code <<EOF} or {@code <<-EOF} with its newline; the text holds the marker. */
  OHEREDOC("a heredoc"),
  /** The line that ends a heredoc. */
  CHEREDOC("the end of a heredoc"),
  /** Literal text inside a string or heredoc, escapes decoded. */
  TEMPLATE_TEXT("text"),
  /** <code>${</code>; text "~" when written with a strip marker. */
  TEMPLATE_INTERP("`${`"),
  /** <code>%{</code>; text "~" when written with a strip marker. */
  TEMPLATE_CONTROL("`%{`"),
  /** The brace that closes an interpolation or directive; text "~" after a strip marker. */
  TEMPLATE_SEQ_END("`}`"),
  NEWLINE("a newline"), EOF("the end of the file"),
  /** Something that is not HCL; the text says what. */
  INVALID("an invalid character");

  final String description;

  TokenKind(String description) {
    this.description = description;
  }
}
