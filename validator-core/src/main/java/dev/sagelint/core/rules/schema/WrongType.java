package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Schema keyword {@code type}. */
@RuleInfo(
    id = "SM103",
    title = "Value has the wrong type",
    severity = Severity.ERROR,
    description = """
        A value is of the wrong JSON type: a string where the API wants an integer \
        (`"InitialInstanceCount": "1"`), a number where it wants a string (an unquoted YAML \
        `Version: 1.10` becomes the number 1.1), a single object where it wants a list.""",
    rationale = """
        The SageMaker API and the AWS SDKs check types strictly; `"1"` is not an integer and `1.0` \
        is not one either. In YAML the wrong type often comes from an unquoted scalar, and the \
        value that reaches AWS differs from the one written.""")
public final class WrongType extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("type");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String expected = expected(v.keywordValue());
    String actual = v.instance() == null ? "missing" : article(v.instance().typeName());
    String hint = null;
    if (v.instance() instanceof ScalarNode s && v.document().source().format() == Format.YAML) {
      if (expected.contains("string") && s.isPlain()) {
        hint = msg("type.hint.quote", s.raw());
      } else if (!s.isPlain() && s.value() instanceof String && !expected.contains("string")) {
        hint = msg("type.hint.unquote", expected);
      }
    } else if (v.instance() instanceof ScalarNode s && s.value() instanceof String && !expected.contains("string")) {
      hint = msg("type.hint.unquote", expected);
    }
    if (v.schema() != null && "date-time".equals(v.schema().path("format").asString(null))) {
      // Quoting `true` would only trade this finding for SM111's: say what a timestamp looks like.
      hint = msg("type.hint.timestamp");
    }
    if (v.instance() instanceof ScalarNode s && s.value() == null && s.raw().isEmpty()) {
      return new Described(v.pointer(), v.document().spanOf(v.pointer()),
          msg("type.empty", where(v), expected), msg("type.empty.hint"));
    }
    if (!(v.instance() instanceof ScalarNode)) {
      // An array or object has no value to show: "an array (an array)" said it twice.
      return new Described(v.pointer(), v.document().spanOf(v.pointer()),
          msg("type.collection", where(v), expected, actual), hint);
    }
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("type", where(v), expected, actual, show(v.instance())), hint);
  }

  private static String expected(JsonNode type) {
    if (type == null) {
      return "another type";
    }
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(article(t.asString())));
      return String.join(" or ", names);
    }
    return article(type.asString());
  }

  private static String article(String type) {
    return switch (type) {
      case "object", "array", "integer" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }
}
