package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
    Path target = dir.resolve("report.sarif");
    AtomicFiles.write(target, "first");
    AtomicFiles.write(target, "second");
    assertEquals("second", Files.readString(target));
    assertEquals(List.of("report.sarif"), names());
  }

  @Test
  void aWriterThatFailsHalfwayLeavesTheOldFileIntact() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "complete old report");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half of a new rep");
      throw new IOException("disk full");
    }));
    assertEquals("complete old report", Files.readString(target));
    assertEquals(List.of("report.json"), names());
  }

  @Test
  void aNewReportGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    Path fresh = dir.resolve("new.sarif");
    AtomicFiles.write(fresh, "{}");
    Path plain = Files.createFile(dir.resolve("plain")); // what the umask gives any new file
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    Files.delete(plain);

    Path kept = dir.resolve("private.json");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(kept, "new");
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }

  @Test
  void aLeftoverTemporaryFileIsNeitherReusedNorClobbered() throws IOException {
    // A crashed run's leftovers (or a planted link) under the next names must be skipped.
    Path target = dir.resolve("out.json");
    Path first = AtomicFiles.createTemp(target);
    String name = first.getFileName().toString();
    String prefix = ".out.json." + ProcessHandle.current().pid() + ".";
    long n = Long.parseLong(name.substring(prefix.length(), name.length() - ".tmp".length()));
    for (long i = n + 1; i <= n + 5; i++) {
      Files.writeString(dir.resolve(prefix + i + ".tmp"), "keep");
    }
    Path next = AtomicFiles.createTemp(target);
    assertEquals(prefix + (n + 6) + ".tmp", next.getFileName().toString());
    for (long i = n + 1; i <= n + 5; i++) {
      assertEquals("keep", Files.readString(dir.resolve(prefix + i + ".tmp")));
    }
    assertEquals(0, Files.size(next));
  }

  @Test
  void createsMissingParentDirectories() throws IOException {
    AtomicFiles.write(dir.resolve("reports/ci/out.xml"), "<x/>");
    assertEquals("<x/>", Files.readString(dir.resolve("reports/ci/out.xml")));
  }
}
