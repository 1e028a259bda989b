package dev.sagelint.core.parse;

import java.util.Objects;

/**
 * A decoded source: the name to show in reports and its full text (UTF-8 decoded, BOM removed).
 *
 * @param name the file as the user named it, or {@code <stdin>}
 * @param text the decoded contents
 * @param format JSON or YAML
 */
public record SourceFile(String name, String text, Format format) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }

  /** A source whose format is chosen from its name or, failing that, its content. */
  public static SourceFile of(String name, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new SourceFile(name, t, Format.detect(name, t));
  }
}
