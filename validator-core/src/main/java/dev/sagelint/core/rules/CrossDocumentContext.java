package dev.sagelint.core.rules;

import dev.sagelint.core.parse.ObjectNode;

/** A {@link RuleContext} on an endpoint config that can also see the models linted with it. */
public interface CrossDocumentContext extends RuleContext {
  /**
   * The root of the CreateModel / DescribeModel document whose ModelName is {@code modelName},
   * or {@code null} when no such model was linted in this run.
   */
  ObjectNode model(String modelName);

  /** The file the model named {@code modelName} came from (for messages), or {@code null}. */
  String modelFile(String modelName);
}
