package dev.sagelint.core.rules;

import dev.sagelint.core.parse.ObjectNode;

/** A {@link RuleContext} on an endpoint config that can also see the models linted with it. */
public interface CrossDocumentContext extends RuleContext {
  /**
   * The root of the CreateModel / DescribeModel spec that the reference at {@code pointer} (a
   * variant's {@code ModelName}) leads to, or {@code null} when no such model was linted in this
   * run. The reference may be a literal name or a link a front end resolved (a template's
   * {@code !GetAtt Model.ModelName}).
   */
  ObjectNode model(String pointer);

  /** The file that model came from (for messages), or {@code null}. */
  String modelFile(String pointer);

  /** How messages name that model: its {@code ModelName}, else its label, or {@code null}. */
  String modelName(String pointer);
}
