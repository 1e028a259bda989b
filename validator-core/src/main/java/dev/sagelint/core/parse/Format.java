package dev.sagelint.core.parse;

import java.util.Locale;

/** The syntax a source is written in. */
public enum Format {
  JSON,
  YAML,
  /** Terraform's native syntax ({@code .tf}); read by the Terraform front end, not the document parser. */
  HCL;

  /**
   * Picks the format from the file name; for names without a known extension (stdin, odd names)
   * sniffs the first non-blank character, since every JSON document starts with one of <code>{ [ "</code>.
   */
  public static Format detect(String fileName, String text) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".tf")) {
      return HCL;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[' ? JSON : YAML;
      }
    }
    return YAML;
  }
}
