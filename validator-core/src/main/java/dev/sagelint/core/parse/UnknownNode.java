package dev.sagelint.core.parse;

/**
 * A value that cannot be known before deployment: a CloudFormation intrinsic function, a pseudo
 * parameter, a Terraform expression. It is present (so "is X set?" rules still see it) but has no
 * value (so "what is X?" rules, and the schema, stay silent on it). Front ends create these; the
 * parsers never do.
 *
 * @param written the expression as the user wrote it, for messages ({@code !GetAtt Role.Arn})
 * @param span where it is written
 */
public record UnknownNode(String written, Span span) implements Node {
  @Override
  public String typeName() {
    return "unknown";
  }
}
