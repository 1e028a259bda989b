package dev.sagelint.core.files;

import java.nio.file.Path;

/**
 * How reports name files: relative to the working directory with {@code /} separators when the
 * file is inside it (stable across machines, and what SARIF and GitHub annotations need), the
 * absolute path otherwise.
 */
public final class DisplayNames {
  private DisplayNames() {}

  public static String of(Path workingDir, Path path) {
    Path wd = workingDir.toAbsolutePath().normalize();
    Path abs = wd.resolve(path).normalize();
    if (abs.startsWith(wd) && !abs.equals(wd)) {
      return slashes(wd.relativize(abs));
    }
    return slashes(abs);
  }

  /** The absolute path a display name stands for, given the working directory it is relative to. */
  public static Path resolve(Path workingDir, String displayName) {
    return workingDir.toAbsolutePath().resolve(displayName).normalize();
  }

  static String slashes(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
