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
      if (text.isEmpty()) {
        return "`\"\"`"; // an empty string, shown as written rather than as empty backticks
      }
      if (text.length() > 80) {
        text = text.substring(0, 77) + "...";
      }
      return "`" + visible(text) + "`";
    }
    return node == null ? "nothing" : "an " + node.typeName();
  }

  /**
   * The text on one line: a block scalar's line breaks, tabs and control characters (an ESC from
   * the file would drive the terminal) are shown as escapes, so a message stays one line.
   */
  static String visible(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** What the schema calls this shape, for "is not a member of X". */
  static String shapeName(SchemaViolation v) {
    String title = v.shapeTitle();
    return title == null ? "this object" : "`" + title + "`";
  }
}
