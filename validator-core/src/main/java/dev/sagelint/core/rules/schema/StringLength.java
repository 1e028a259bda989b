package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Schema keywords {@code minLength} and {@code maxLength}. */
@RuleInfo(
    id = "SM106",
    title = "String is too short or too long",
    severity = Severity.ERROR,
    description = """
        A string is shorter or longer than the API allows, for example a model name over 63 \
        characters or an empty execution role ARN. Lengths count characters, as AWS does.""",
    rationale = """
        AWS rejects out-of-range lengths at request time. Long names are a common surprise when \
        they are generated from a branch name or a timestamp.""")
public final class StringLength extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("minLength", "maxLength");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String text = v.instance() == null ? "" : v.instance().asText();
    int length = text == null ? 0 : text.codePointCount(0, text.length());
    boolean tooLong = "maxLength".equals(v.keyword());
    JsonNode schema = v.schema();
    String bounds = bounds(schema, "minLength", "maxLength");
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg(tooLong ? "length.long" : "length.short", where(v), length, bounds),
        tooLong ? msg("length.long.hint") : null);
  }

  static String bounds(JsonNode schema, String minKey, String maxKey) {
    return bounds(schema == null ? null : schema.get(minKey), schema == null ? null : schema.get(maxKey));
  }

  /** "from 1 to 5", "at most 5" or "at least 1"; a null bound is left out. */
  static String bounds(JsonNode min, JsonNode max) {
    if (min != null && max != null) {
      return msg("bounds.between", min.asString(), max.asString());
    }
    if (max != null) {
      return msg("bounds.atmost", max.asString());
    }
    return msg("bounds.atleast", min == null ? "?" : min.asString());
  }
}
