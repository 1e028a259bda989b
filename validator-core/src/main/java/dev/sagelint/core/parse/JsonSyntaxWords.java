package dev.sagelint.core.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says Jackson's common JSON syntax errors in a user's words. Jackson's own text ("Illegal
 * unquoted character ((CTRL-CHAR, code 27))", "close marker", "was expecting (JSON String,
 * Number, ...)") names parser internals; the user needs what to change in the file. Messages not
 * listed here are passed through (cleaned of source references by the caller).
 */
final class JsonSyntaxWords {
  private static final Pattern CONTROL = Pattern.compile(
      "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped using "
          + "backslash to be included in (string value|name)");
  private static final Pattern TOKEN = Pattern.compile(
      "Unrecognized token '(.*?)': was expecting .*");
  private static final Pattern CHARACTER = Pattern.compile(
      "Unexpected character \\('(.*?)' \\(code \\d+\\)\\): (.*)");
  private static final Pattern END = Pattern.compile(
      "Unexpected end-of-input: expected close marker for (Object|Array)");
  private static final Pattern CLOSE = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)'");
  private static final String VALUES =
      "a string in double quotes, a number, an object, an array, true, false or null";

  private JsonSyntaxWords() {}

  static String say(String cleaned) {
    Matcher m = CONTROL.matcher(cleaned);
    if (m.matches()) {
      String hex = String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)));
      return "a control character (U+" + hex + ") inside a " + (m.group(2).equals("name") ? "key"
          : "string") + " must be escaped as \\u" + hex.toLowerCase(Locale.ROOT);
    }
    m = TOKEN.matcher(cleaned);
    if (m.matches()) {
      return "`" + m.group(1) + "` is not a JSON value; a value is " + VALUES;
    }
    m = END.matcher(cleaned);
    if (m.matches()) {
      return "the text ends inside an " + (m.group(1).equals("Object") ? "object, before its `}`"
          : "array, before its `]`");
    }
    m = CLOSE.matcher(cleaned);
    if (m.matches()) {
      return "`" + m.group(1) + "` cannot close " + (m.group(2).equals("}") ? "an object" : "an array")
          + "; expected `" + m.group(2) + "`";
    }
    m = CHARACTER.matcher(cleaned);
    if (m.matches()) {
      String rest = m.group(2);
      String expected = rest.contains("double-quote to start")
          ? "a key, which must be a string in double quotes"
          : rest.contains("comma to separate Object") ? "a comma between members, or `}`"
          : rest.contains("comma to separate Array") ? "a comma between items, or `]`"
          : rest.contains("colon to separate") ? "a colon between the key and its value"
          : rest.contains("expected a valid value") ? "a value: " + VALUES
          : null;
      if (expected != null) {
        return "unexpected `" + m.group(1) + "`; expected " + expected;
      }
      if (rest.equals("JSON does not allow comments")) {
        return "unexpected `" + m.group(1) + "`; " + rest;
      }
    }
    return cleaned;
  }
}
