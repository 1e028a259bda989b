package dev.sagelint.core.report;

/**
 * Escaping for the XML formats. Messages quote values from the user's spec, which may hold
 * characters XML 1.0 cannot carry at all (most control characters); those become U+FFFD rather
 * than a file that CI's XML parser rejects.
 */
final class Xml {
  static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Xml() {}

  /** Escapes text for an attribute value in double quotes; line breaks survive as references. */
  static String attr(String s) {
    return escape(s, true);
  }

  /** Escapes element text. */
  static String text(String s) {
    return escape(s, false);
  }

  /**
   * One loop for both contexts: attributes also need quotes escaped and must carry line breaks
   * and tabs as character references (attribute normalisation would turn them into spaces).
   */
  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\r' -> sb.append("&#13;");
        default -> appendLegal(sb, s, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      }
    }
    return sb.toString();
  }

  private static void appendLegal(StringBuilder sb, String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(i + 1));
      } else {
        sb.append('\uFFFD');
      }
    } else if (Character.isLowSurrogate(c) || c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
      sb.append('\uFFFD');
    } else {
      sb.append(c);
    }
  }
}
