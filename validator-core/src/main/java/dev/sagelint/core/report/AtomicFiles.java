package dev.sagelint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes report and baseline files so that readers never see half of one: the content goes to a
 * temporary file in the same directory (same file system, so the rename is atomic), which then
 * replaces the target in one step. An interrupted run leaves the old file or none, never a
 * truncated one that a CI step would upload as "the report".
 */
public final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** Something that writes the file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code content} to {@code target} atomically, as UTF-8. */
  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path temp = createTemp(abs);
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      matchPermissions(temp, abs);
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems (certain network mounts) cannot rename atomically; a plain replace is
        // the best they allow.
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new, empty file next to {@code target}, named after it, this process and a counter. Not
   * {@code Files.createTempFile}: its random names cost a one-file run ~30 ms of SecureRandom
   * seeding (docs/performance.md), and it makes the file private (0600), which the rename would
   * carry onto a report other users of a CI runner must read. {@code CREATE_NEW} (O_EXCL) never
   * opens an existing file or follows a planted link; the file gets the permissions any new file
   * gets here (the umask).
   */
  static Path createTemp(Path target) throws IOException {
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = target.resolveSibling(prefix + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e; // left over by a crashed run with our pid, a hundred times over: give up
        }
      }
    }
  }

  /** A replaced report keeps its permissions (a 0640 report stays 0640). */
  private static void matchPermissions(Path temp, Path target) throws IOException {
    if (Files.exists(target)
        && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  /** Writes {@code text} to {@code target} atomically, as UTF-8. */
  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }
}
