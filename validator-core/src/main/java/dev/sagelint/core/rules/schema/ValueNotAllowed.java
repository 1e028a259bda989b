package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Suggestions;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Schema keyword {@code enum}. */
@RuleInfo(
    id = "SM104",
    title = "Value is not one of the allowed values",
    severity = Severity.ERROR,
    description = """
        A value must be one of a fixed list and is not: an instance type the API does not know \
        (`ml.g5.large`), a misspelt mode (`Singlemodel`), a lower-case enum value. The message \
        names the closest valid values, or lists them all when there are only a few.""",
    rationale = """
        The API rejects values outside its enumerations. Instance types in particular change \
        between API versions; pin `--api-version` to the version your SDK uses to see exactly what \
        it accepts.""")
public final class ValueNotAllowed extends KeywordRuleSupport {
  private static final int LIST_ALL_UP_TO = 8;

  @Override
  public Set<String> keywords() {
    return Set.of("enum", "const");
  }

  @Override
  public Described describe(SchemaViolation v) {
    List<String> allowed = new ArrayList<>();
    if (v.keywordValue() != null && v.keywordValue().isArray()) {
      v.keywordValue().forEach(n -> allowed.add(n.asString()));
    }
    String hint;
    if (allowed.size() <= LIST_ALL_UP_TO) {
      hint = msg("enum.hint.all", Suggestions.orList(allowed));
    } else {
      String value = v.instance() == null || v.instance().asText() == null ? "" : v.instance().asText();
      List<String> close = Suggestions.closest(value, allowed, 3);
      hint = close.isEmpty() ? msg("enum.hint.many", allowed.size())
          : msg("enum.hint.didyoumean", Suggestions.orList(close));
    }
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("enum", show(v.instance()), where(v)), hint);
  }
}
