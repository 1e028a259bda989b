package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
  void eachWriteGetsAFreshTemporaryFileAndLeavesOtherFilesAlone() throws IOException {
    // The name is predictable but for its random part; whatever sits under it is left alone.
    Path target = dir.resolve("out.json");
    AtomicFiles.Temp first = AtomicFiles.createTemp(target);
    first.out().close();
    Files.writeString(first.path(), "keep");
    Path victim = Files.writeString(dir.resolve("victim"), "untouched");
    AtomicFiles.Temp second = AtomicFiles.createTemp(target);
    second.out().close();
    assertNotEquals(first.path(), second.path());
    assertEquals("keep", Files.readString(first.path()));
    assertEquals("untouched", Files.readString(victim));
    String name = second.path().getFileName().toString();
    assertTrue(name.matches("\\.out\\.json\\." + ProcessHandle.current().pid() + "\\.\\d+\\.[0-9a-f]+\\.tmp"), name);
  }

  @Test
  void createsMissingParentDirectories() throws IOException {
    AtomicFiles.write(dir.resolve("reports/ci/out.xml"), "<x/>");
    assertEquals("<x/>", Files.readString(dir.resolve("reports/ci/out.xml")));
  }
}
