package dev.sagelint.core.source.terraform.hcl;

/** What {@code <<-} means for the text of a heredoc. */
final class Heredocs {
  private Heredocs() {}

  /**
   * Removes from every line the leading spaces that all non-blank lines share, as HCL does for
   * an indented heredoc. A tab counts as one character, like a space, as in HCL.
   */
  static String dedent(String text) {
    String[] lines = text.split("\n", -1);
    int common = Integer.MAX_VALUE;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == lines.length - 1 && line.isEmpty()) {
        continue; // the empty remainder after the final newline is not a line
      }
      int indent = 0;
      while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
        indent++;
      }
      if (indent < line.length() && line.charAt(indent) != '\r') {
        common = Math.min(common, indent);
      }
    }
    if (common == Integer.MAX_VALUE || common == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      out.append(line, Math.min(common, leadingBlanks(line)), line.length());
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static int leadingBlanks(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }
}
