package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Suggestions;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Schema keyword {@code additionalProperties: false}. */
@RuleInfo(
    id = "SM102",
    title = "Member is not part of the API",
    severity = Severity.ERROR,
    description = """
        An object has a member that the SageMaker API does not define at that place, most often a \
        misspelling (`ModelDataURL` for `ModelDataUrl`), a member from another API (`EndpointName` \
        in CreateEndpointConfig), or one that only exists in a newer API version. The finding points \
        at the key and suggests the closest valid member.""",
    rationale = """
        The SageMaker API rejects unknown parameters, and the AWS CLI and boto3 refuse them before \
        sending. A silently ignored typo would be worse; this one fails the deployment at the last \
        moment instead of in review.""")
public final class UnknownMember extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("additionalProperties");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String name = v.property();
    String pointer = v.pointer().endsWith("/" + JsonPointer.escape(name)) ? v.pointer()
        : JsonPointer.child(v.pointer(), name);
    List<String> allowed = new ArrayList<>();
    JsonNode props = v.schema() == null ? null : v.schema().get("properties");
    if (props != null) {
      props.propertyNames().forEach(allowed::add);
    }
    List<String> close = Suggestions.closest(name, allowed, 3);
    String hint = close.isEmpty() ? msg("unknown.hint.remove") : msg("unknown.hint.didyoumean", Suggestions.orList(close));
    return new Described(pointer, v.document().keySpanOf(pointer),
        msg("unknown", name, shapeName(v)), hint);
  }
}
