package dev.sagelint.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
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
    Temp temp = createTemp(abs);
    boolean moved = false;
    try {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(temp.out(), StandardCharsets.UTF_8))) {
        content.writeTo(out);
      }
      matchPermissions(temp.path(), abs);
      try {
        Files.move(temp.path(), abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems (certain network mounts) cannot rename atomically; a plain replace is
        // the best they allow.
        Files.move(temp.path(), abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        temp.out().close();
        // Only on failure: after the move, the name may already be another writer's new file.
        Files.deleteIfExists(temp.path());
      }
    }
  }

  /** A temporary file and the stream that created it. */
  record Temp(Path path, OutputStream out) {}

  /**
   * A new file next to {@code target}, created and opened in one step, named after the target,
   * this process, a counter and a random number. Not {@code Files.createTempFile}: its names cost
   * a one-file run ~30 ms of SecureRandom seeding (docs/performance.md), and it makes the file
   * private (0600), which the rename would carry onto a report other users of a CI runner must
   * read; this file gets the umask's permissions like any new file. {@code CREATE_NEW} (O_EXCL)
   * never opens an existing file or follows a link planted under the name; the random part keeps
   * processes with the same pid (containers sharing a volume) apart.
   */
  static Temp createTemp(Path target) throws IOException {
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = target.resolveSibling(prefix + COUNTER.incrementAndGet() + "."
          + Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0x7fffffff) + ".tmp");
      try {
        return new Temp(temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e; // a hundred names taken in a row: something else is wrong
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
