package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: "cannot write ../../x/r.sarif (FileAlreadyExists)" said nothing a user could act on. */
class WriteFailuresTest {
  @TempDir
  Path dir;

  @Test
  void aFileInThePathIsNamedAsTheUserWroteIt() throws IOException {
    Files.writeString(dir.resolve("m.yaml"), "x");
    Path target = dir.resolve("m.yaml/out/r.sarif");
    IOException thrown = assertThrowsIo(() -> AtomicFiles.write(target, w -> w.write("{}")));
    assertEquals("cannot write m.yaml/out/r.sarif: m.yaml is a file, not a directory",
        WriteFailures.describe("m.yaml/out/r.sarif", target, thrown));
    assertEquals("cannot write ./m.yaml/r.sarif: m.yaml is a file, not a directory",
        WriteFailures.describe("./m.yaml/r.sarif", dir.resolve("m.yaml/r.sarif"),
            new FileAlreadyExistsException(dir.resolve("m.yaml").toString())));
    assertEquals(false, Files.exists(target));
  }

  @Test
  void permissionsAndMissingDirectoriesInWords() {
    Path target = dir.resolve("ro/r.sarif");
    assertEquals("cannot write ro/r.sarif: permission denied on ro",
        WriteFailures.describe("ro/r.sarif", target,
            new AccessDeniedException(dir.resolve("ro/.r.sarif.1.2.tmp").toString())));
    assertEquals("cannot write r.sarif: its directory does not accept new files",
        WriteFailures.describe("r.sarif", dir.resolve("r.sarif"), new NoSuchFileException("r")));
    assertEquals("cannot write gone/r.sarif: its directory does not exist and cannot be created",
        WriteFailures.describe("gone/r.sarif", dir.resolve("gone/r.sarif"),
            new NoSuchFileException("gone")));
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static IOException assertThrowsIo(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("expected an IOException");
  }
}
