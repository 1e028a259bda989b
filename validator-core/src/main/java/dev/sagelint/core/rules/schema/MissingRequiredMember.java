package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;

/** Schema keyword {@code required}. */
@RuleInfo(
    id = "SM101",
    title = "Required member is missing",
    severity = Severity.ERROR,
    description = """
        A member that the SageMaker API marks as required is absent, for example `ModelName` in a \
        CreateModel request or `VariantName` in a production variant. The finding points at the \
        object that lacks the member and names it.""",
    rationale = """
        AWS rejects the request with a ValidationException before doing anything else; the AWS CLI \
        and boto3 already refuse it on the client side.""")
public final class MissingRequiredMember extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("required");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String in = v.pointer().isEmpty() ? msg("required.root") : "`" + where(v) + "`";
    return new Described(v.pointer(), v.document().keySpanOf(v.pointer()),
        msg("required", v.property(), in), msg("required.hint", v.property()));
  }
}
