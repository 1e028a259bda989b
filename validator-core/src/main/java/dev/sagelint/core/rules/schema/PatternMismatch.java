package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Optional;
import java.util.Set;

/** Schema keyword {@code pattern}. */
@RuleInfo(
    id = "SM105",
    title = "Value does not match the required pattern",
    severity = Severity.ERROR,
    description = """
        A string does not match the regular expression the API defines for it, such as an \
        underscore in a model name (`churn_model`), a space in a variant name, or an ARN of the \
        wrong shape. AWS matches the pattern against the whole value, not a part of it, and so \
        does sagelint: `my-model ` with a trailing blank fails.""",
    rationale = """
        The SageMaker API validates these patterns on every request and fails it with a \
        ValidationException naming the member. Names in particular cannot be renamed later.""")
public final class PatternMismatch extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("pattern");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String pattern = v.keywordValue() == null ? "?" : unanchor(v.keywordValue().asString());
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("pattern", show(v.instance()), where(v), pattern), hint(v));
  }

  /**
   * Names the first character that no value matching the pattern can contain, when there is one
   * (`churn_model`: the `_`); otherwise the value fails for its arrangement, and the hint says so
   * in general terms.
   */
  private static String hint(SchemaViolation v) {
    if (v.keywordValue() != null && v.instance() instanceof ScalarNode s && s.value() instanceof String value) {
      if (value.isEmpty()) {
        return msg("pattern.hint.empty");
      }
      Optional<PatternAlphabet> alphabet = PatternAlphabet.of(v.keywordValue().asString());
      int at = alphabet.map(a -> a.firstForeign(value)).orElse(-1);
      if (at >= 0) {
        int position = value.codePointCount(0, at) + 1;
        return msg("pattern.hint.char", Characters.describe(value.codePointAt(at)), position);
      }
      if (alphabet.isPresent()) {
        // Every character is allowed somewhere ("-abc" for a name): the place is what fails.
        return msg("pattern.hint.arrangement");
      }
    }
    return msg("pattern.hint");
  }

  private static String unanchor(String regex) {
    return regex.startsWith("^(?:") && regex.endsWith(")$") ? regex.substring(4, regex.length() - 2) : regex;
  }
}
