package dev.sagelint.core.rules;


/** A {@link RuleContext} on an endpoint config that can also see the models linted with it. */
public interface CrossDocumentContext extends RuleContext {
  /**
   * What is known of the CreateModel / DescribeModel spec that the reference at {@code pointer}
   * (a variant's {@code ModelName}) leads to, or {@code null} when no such model was linted in this
   * run. The reference may be a literal name or a link a front end resolved (a template's
   * {@code !GetAtt Model.ModelName}).
   */
  ModelFacts model(String pointer);
}
