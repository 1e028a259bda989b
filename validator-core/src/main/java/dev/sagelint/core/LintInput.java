package dev.sagelint.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something to lint: a file on disk or text already in memory (stdin, an editor buffer, tests).
 *
 * @param name the name shown in reports
 * @param path the file to read, or null for in-memory text
 * @param text the text, or null when {@code path} is set
 */
public record LintInput(String name, Path path, String text) {
  public LintInput {
    Objects.requireNonNull(name, "name");
    if ((path == null) == (text == null)) {
      throw new IllegalArgumentException("exactly one of path and text");
    }
  }

  public static LintInput file(Path path, String displayName) {
    return new LintInput(displayName, path, null);
  }

  public static LintInput text(String name, String text) {
    return new LintInput(name, null, text);
  }
}
