package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .tf} files of the module a file belongs to: the other {@code .tf} files of its
 * directory. A {@code .tf} file reads them for variables, locals and link targets; a plan reads
 * them to place its findings in the blocks that declare its resources.
 */
final class ModuleFiles {
  /** How many files of a directory are read at most, so a huge directory costs a bounded time. */
  static final int MAX_FILES = 64;

  private ModuleFiles() {}

  /**
   * The {@code .tf} files in {@code source}'s directory other than {@code source} itself, in name
   * order, at most {@link #MAX_FILES}; empty when {@code source} is not a file on disk.
   */
  static List<Path> beside(SourceFile source) throws IOException {
    Path self = source.location();
    Path dir = self == null ? null : self.getParent();
    if (dir == null || !Files.isRegularFile(self)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tf"))
          .filter(p -> !p.equals(self)).sorted().limit(MAX_FILES).toList();
    }
  }
}
