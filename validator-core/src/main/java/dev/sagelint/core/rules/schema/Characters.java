package dev.sagelint.core.rules.schema;

import java.util.Locale;

/** One character named in a message so that a reader can see it, even when it is invisible. */
final class Characters {
  private Characters() {}

  /** {@code `_`} for a visible character; {@code U+0009 (tab)} for one a terminal would not show. */
  static String describe(int codePoint) {
    String code = String.format(Locale.ROOT, "U+%04X", codePoint);
    String name = switch (codePoint) {
      case '\t' -> "tab";
      case '\n' -> "line feed";
      case '\r' -> "carriage return";
      case ' ' -> "space";
      case 0x00A0 -> "no-break space";
      case 0x1B -> "escape";
      case '`' -> "backtick";
      case 0xFEFF -> "byte order mark";
      case 0x200B -> "zero width space";
      default -> null;
    };
    if (name != null) {
      return code + " (" + name + ")";
    }
    return visible(codePoint) ? "`" + new String(Character.toChars(codePoint)) + "`" : code;
  }

  private static boolean visible(int cp) {
    if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
        && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR && cp != '`';
  }
}
