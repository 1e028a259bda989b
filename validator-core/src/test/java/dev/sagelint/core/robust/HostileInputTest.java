package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.testing.FindingInvariants;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 7. Big inputs are generated into a temporary directory, never
 * committed. Each run is bounded by a {@link HangGuard} on the CPU time it uses: a hang guard,
 * not a performance assertion, and independent of how busy the shared machine is.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  @TempDir Path dir;

  private static Finding only(Path file, Duration guard) {
    LintResult r = HangGuard.within(guard,
        () -> LINTER.lint(List.of(LintInput.file(file, file.getFileName().toString()))));
    assertEquals(List.of(), FindingInvariants.violations(r, file.getFileName().toString(), null,
        ParseLimits.DEFAULT));
    assertEquals(1, r.findings().size(), () -> r.findings().toString());
    return r.findings().get(0);
  }

  private static Finding only(Path file) {
    return only(file, HANG_GUARD);
  }

  private static void limit(Finding f, String key, String at) {
    assertEquals("SM003 " + at, f.rule() + " " + f.line() + ":" + f.column(), f.message());
    assertTrue(f.message().contains("`" + key + "`"), f.message());
  }

  @Test
  void yamlAliasBombStopsAtTheNodeLimit() throws IOException {
    // "Billion laughs": nine levels of ten aliases each expand to 10^9 values.
    StringBuilder y = new StringBuilder("ModelName: m\nExecutionRoleArn: r\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      y.append('l').append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      }
      y.append("]\n");
    }
    Path file = write("bomb.yaml", y.toString());
    limit(only(file), "max-nodes", "7:45");
  }

  @Test
  void hundredThousandLevelsOfNesting() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    limit(only(write("deep.json", "{\"ModelName\": \"m\", \"X\": " + deep + "}")), "max-depth", "1:152");
    limit(only(write("deep.yaml", "ModelName: m\nX: " + deep + "\n")), "max-depth", "2:131");
    String mappings = "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000);
    limit(only(write("deep-maps.yaml", "ModelName: m\nX: " + mappings + "\n")), "max-depth", "2:766");
  }

  @Test
  void twoHundredMegabyteFileIsNotRead() throws IOException {
    Path big = dir.resolve("huge.json");
    Files.writeString(big, "{\"ModelName\": \"m\", \"X\": \"");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: costs no disk, and must not be read either
    }
    limit(only(big), "max-file-bytes", "1:1");
    Path data = dir.resolve("data.json");
    try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    LintResult r = HangGuard.within(HANG_GUARD, () -> LINTER.lint(List.of(LintInput.file(data, "data.json"))));
    assertTrue(r.files().get(0).skipped(), "not a spec: skipped quietly");
  }

  @Test
  void tenMegabyteString() throws IOException {
    String s = "x".repeat(10 * 1024 * 1024);
    limit(only(write("s.json", "{\"ModelName\": \"m\",\n \"X\": \"" + s + "\"}")), "max-string-length", "2:7");
    limit(only(write("s.yaml", "ModelName: m\nX: " + s + "\n")), "max-string-length", "2:4");
    limit(only(write("k.json", "{\"ModelName\": \"m\",\n \"" + s + "\": 1}")), "max-string-length", "2:2");
  }

  @Test
  void millionElementArrays() throws IOException {
    limit(only(write("a.json", "{\"ModelName\": \"m\",\n\"X\": [" + "1,".repeat(999_999) + "1]}")),
        "max-nodes", "2:200001");
    Path yaml = dir.resolve("a.yaml");
    try (Writer w = Files.newBufferedWriter(yaml, StandardCharsets.UTF_8)) {
      w.write("ModelName: m\nX:\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("- 1\n");
      }
    }
    limit(only(yaml), "max-nodes", "100000:3");
  }

  @Test
  void yamlStreamsOfManyDocumentsAreBoundedAsAWhole() throws IOException {
    // Regression: limits applied per document, so 16 MB of "---" (four million empty documents)
    // ran a 256 MiB heap out of memory.
    String model = "ModelName: m\nExecutionRoleArn: arn:aws:iam::123456789012:role/r\n"
        + "PrimaryContainer: {Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2}\n";
    Finding docs = only(write("docs.yaml", model + "---\n".repeat(4_000_000)));
    assertEquals("SM003 10004:1", docs.rule() + " " + docs.line() + ":" + docs.column());
    assertTrue(docs.message().contains("more than 10000 YAML documents"), docs.message());
    // The value budget spans the stream: three documents of 40,000 values each exceed 100,000.
    String doc = "ModelName: m\nX: [" + "1,".repeat(39_999) + "1]\n";
    limit(only(write("values.yaml", (doc + "---\n").repeat(3))), "max-nodes", "8:39987");
  }

  @Test
  void aFifoIsNeverOpened() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
    Finding f = only(fifo);
    assertEquals("SM004 1:1", f.rule() + " " + f.line() + ":" + f.column());
    assertTrue(f.message().contains("not a regular file"), f.message());
  }

  @Test
  void aDirectoryNamedLikeASpecIsReportedNotRead() throws IOException {
    Path d = Files.createDirectory(dir.resolve("model.json"));
    assertEquals("SM004", only(d).rule());
  }

  @Test
  void aSymbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Finding f = only(a);
    assertEquals("SM004", f.rule());
    assertTrue(f.message().contains("cannot be read"), f.message());
  }

  @Test
  void aFileWithoutReadPermission() throws IOException {
    Path file = write("secret.json", "{\"ModelName\": \"m\"}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root reads whatever the mode bits say; aFileWhoseReadFails covers the same path as root.
    assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not deny reads");
    Finding f = only(file);
    assertEquals("SM004", f.rule());
    assertTrue(f.message().contains("AccessDenied"), f.message());
  }

  @Test
  void aFileWhoseReadFails() {
    // A regular file (per stat) whose read fails with EIO, even for root: the read-error path.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem here");
    Finding f = only(mem);
    assertEquals("SM004 1:1", f.rule() + " " + f.line() + ":" + f.column());
    assertTrue(f.message().startsWith("The file cannot be read (IO"), f.message());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
