package dev.sagelint.core.report;

import java.util.Locale;

/**
 * Text from a linted file made safe for a terminal or a CI log. A file may hold C0 and C1 control
 * characters (ESC, or the one-byte CSI U+009B, start the sequences that recolour, retitle or
 * rewrite a terminal, and some terminals act on more); echoed raw, a hostile spec could drive the
 * reader's terminal. They are shown as escapes instead, in the style messages already use for
 * values ({@code \n}, {@code \t}, {@code \u001b}). Machine formats keep the text exact and rely
 * on their own escaping (JSON, XML).
 */
public final class Printable {
  private Printable() {}

  /** Whether {@code c} is a C0 or C1 control character or DEL. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** How {@code c} is shown: itself, or its escape when it is a control character. */
  static String show(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> isControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
    };
  }

  /** {@code s} with every control character escaped; a message stays on one line. */
  public static String text(String s) {
    return escape(s, "");
  }

  /**
   * A message for standard error, which may quote a configuration or baseline file: control
   * characters escaped, except line breaks and tabs, which are harmless there.
   */
  public static String forTerminal(String s) {
    return escape(s, "\n\t");
  }

  /** {@code s} with every control character escaped except those in {@code keep}. */
  static String escape(String s, String keep) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c) && keep.indexOf(c) < 0) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(show(c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
