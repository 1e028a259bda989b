package dev.sagelint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes report and baseline files so that readers never see half of one: the content goes to a
 * temporary file in the same directory (same file system, so the rename is atomic), which then
 * replaces the target in one step. An interrupted run leaves the old file or none, never a
 * truncated one that a CI step would upload as "the report".
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");

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
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
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
   * A temporary file is created private (0600), which would make every report unreadable to the
   * other users of a shared CI runner or web server. The report gets the permissions of the file it
   * replaces, or those a plain shell redirect gives under the usual umask (0644).
   */
  private static void matchPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(temp,
        Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS);
  }

  /** Writes {@code text} to {@code target} atomically, as UTF-8. */
  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }
}
