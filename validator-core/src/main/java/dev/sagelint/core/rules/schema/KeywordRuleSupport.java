package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Messages;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.schema.SchemaKeywordRule;
import dev.sagelint.core.schema.SchemaViolation;

/** Shared wording helpers for the schema keyword rules. */
abstract class KeywordRuleSupport implements SchemaKeywordRule {

  static String msg(String key, Object... args) {
    return Messages.format(KeywordRuleSupport.class, key, args);
  }

  /** Where the member is, as users read it: {@code PrimaryContainer.Image}. */
  static String where(SchemaViolation v) {
    return Paths.readable(v.pointer());
  }

  /** A scalar shown in a message: strings in backticks, trimmed when long. */
  static String show(Node node) {
    if (node instanceof ScalarNode s) {
      Object value = s.value();
      String text = value == null ? "null" : value.toString();
      if (text.length() > 80) {
        text = text.substring(0, 77) + "...";
      }
      return "`" + text + "`";
    }
    return node == null ? "nothing" : "an " + node.typeName();
  }

  /** What the schema calls this shape, for "is not a member of X". */
  static String shapeName(SchemaViolation v) {
    String title = v.shapeTitle();
    return title == null ? "this object" : "`" + title + "`";
  }
}
