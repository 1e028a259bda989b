package dev.sagelint.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something to lint: a file on disk or text already in memory (stdin, an editor buffer, tests).
 *
 * @param name the name shown in reports
 * @param path the file to read, or null for in-memory text
 * @param text the text, or null when {@code path} is set
 * @param named true when the user named this input itself (a file argument, standard input), not
 *     a directory it was found in: if it is not a SageMaker spec, a finding says why (SM006,
 *     SM007) instead of skipping it in silence
 */
public record LintInput(String name, Path path, String text, boolean named) {
  public LintInput {
    Objects.requireNonNull(name, "name");
    if ((path == null) == (text == null)) {
      throw new IllegalArgumentException("exactly one of path and text");
    }
  }

  public LintInput(String name, Path path, String text) {
    this(name, path, text, false);
  }

  /** A file found by walking a directory: skipped quietly when it is not a spec. */
  public static LintInput file(Path path, String displayName) {
    return new LintInput(displayName, path, null);
  }

  /** A file the user named: reported (SM006, SM007) when it is not a spec. */
  public static LintInput namedFile(Path path, String displayName) {
    return new LintInput(displayName, path, null, true);
  }

  public static LintInput text(String name, String text) {
    return new LintInput(name, null, text);
  }
}
