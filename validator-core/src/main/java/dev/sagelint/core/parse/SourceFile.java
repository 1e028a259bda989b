package dev.sagelint.core.parse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A decoded source: the name to show in reports and its full text (UTF-8 decoded, BOM removed).
 *
 * @param name the file as the user named it, or {@code <stdin>}
 * @param text the decoded contents
 * @param format JSON or YAML
 * @param path where the file is on disk, or {@code null} for text that is not a file (stdin, an
 *     editor buffer, a test). Front ends that read the files beside this one (a Terraform module,
 *     a plan's source) use it: the display name is relative to wherever the user stood, which is
 *     not the process's working directory in the Maven plugin or an embedding program.
 */
public record SourceFile(String name, String text, Format format, Path path) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }

  /** A source that is not a file on disk. */
  public SourceFile(String name, String text, Format format) {
    this(name, text, format, null);
  }

  /** A source whose format is chosen from its name or, failing that, its content. */
  public static SourceFile of(String name, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new SourceFile(name, t, Format.detect(name, t));
  }

  /** The same source, read from {@code file} on disk. */
  public SourceFile at(Path file) {
    return new SourceFile(name, text, format, file);
  }

  /**
   * Where to look for the files beside this one: its path on disk, else its name taken as a path
   * (an in-memory text named after a real file), else null.
   */
  public Path location() {
    if (path != null) {
      return path.toAbsolutePath().normalize();
    }
    try {
      return Path.of(name).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null; // a name that is no path
    }
  }
}
