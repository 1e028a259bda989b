package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;

/** Any schema keyword without a rule of its own (a safety net; the generator emits none today). */
@RuleInfo(
    id = "SM199",
    title = "Value violates the API schema",
    severity = Severity.ERROR,
    description = """
        The document breaks a constraint of the generated schema that has no more specific rule. \
        The message is the validator's own. If you see this rule, please report it: it means a \
        keyword deserves a rule with a better message.""",
    rationale = """
        The generated schemas only contain what the SageMaker service model checks at request \
        time, so any violation is a request AWS would reject.""")
public final class OtherSchemaViolation extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of();
  }

  @Override
  public Described describe(SchemaViolation v) {
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("other", where(v), v.fallbackMessage()), null);
  }
}
