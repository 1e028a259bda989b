package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.report.Renderers;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository tree full of broken and hostile files, linted through the CLI: a directory symlink
 * loop, a FIFO, a sparse 200 MB file, an alias bomb, 100k-deep nesting, invalid UTF-8, NUL bytes,
 * custom tags. The run ends with exit code 1 and findings, never a stack trace or a hang, and its
 * output is byte-identical across repeated runs and thread counts, in every format.
 */
class HostileTreeTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;
  private boolean hasFifo;

  @BeforeEach
  void plantTree() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs/team"));
    write(specs.resolve("good.yaml"), """
        ModelName: churn
        ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMaker
        PrimaryContainer:
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
        """);
    write(specs.resolve("truncated.json"), "{\"ModelName\": \"churn\", \"PrimaryContainer\": {\"Ima");
    write(specs.resolve("tagged.yaml"), "ModelName: !Ref Name\nExecutionRoleArn: !!python/object/apply:os.system [id]\n");
    write(specs.resolve("nul.yaml"), "ModelName: ch\u0000urn\nExecutionRoleArn: r\n");
    write(specs.resolve("deep.json"), "{\"ModelName\": \"m\", \"X\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    StringBuilder bomb = new StringBuilder("ModelName: m\nExecutionRoleArn: r\nl0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append('l').append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
          .append("*l").append(i - 1).append("]\n");
    }
    write(specs.resolve("bomb.yaml"), bomb.toString());
    byte[] latin1 = "ModelName: caf\u00e9\nExecutionRoleArn: r\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(specs.resolve("latin1.yaml"), latin1);
    Path huge = specs.resolve("huge.json");
    write(huge, "{\"ModelName\": \"m\", \"X\": \"");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Files.createSymbolicLink(specs.resolve("loop"), Path.of(".."));
    Files.createSymbolicLink(specs.resolve("self.yaml"), Path.of("self.yaml"));
    Process mkfifo = new ProcessBuilder("mkfifo", specs.resolve("pipe.json").toString()).start();
    hasFifo = mkfifo.waitFor() == 0;
  }

  private CliRunner.Result lint(String... args) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(dir, args));
  }

  @Test
  void theRunReportsFindingsAndNeverAStackTrace() {
    CliRunner.Result r = lint("--format", "text", "--threads", "2", "specs");
    assertEquals(1, r.exitCode(), r.stderr());
    assertFalse(r.stderr().contains("\tat ") || r.stderr().contains("Exception"), r.stderr());
    for (String file : List.of("truncated.json", "tagged.yaml", "nul.yaml", "deep.json", "bomb.yaml",
        "latin1.yaml", "huge.json")) {
      assertTrue(r.stdout().contains("specs/team/" + file + ":"), file + " not reported:\n" + r.stdout());
    }
    for (String rule : List.of("SM001", "SM003", "SM004", "SM005")) {
      assertTrue(r.stdout().contains("[" + rule + "]"), rule + " missing:\n" + r.stdout());
    }
    assertFalse(r.stdout().contains("SM900"), r.stdout());
    // The loop is walked once: no file shows up under specs/team/loop/...
    assertFalse(r.stdout().contains("/loop/"), r.stdout());
    assertFalse(r.stdout().contains("good.yaml"), r.stdout());
  }

  @Test
  void aFifoOrASymlinkLoopNamedExplicitlyIsAFindingNotAHang() {
    assumeTrue(hasFifo, "mkfifo is not available here");
    CliRunner.Result r = lint("--format", "text", "specs/team/pipe.json", "specs/team/self.yaml");
    assertEquals(1, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("specs/team/pipe.json:1:1: error [SM004]"), r.stdout());
    assertTrue(r.stdout().contains("specs/team/self.yaml:1:1: error [SM004]"), r.stdout());
  }

  @Test
  void outputIsByteIdenticalAcrossRunsAndThreadCountsInEveryFormat() {
    for (String format : Renderers.names()) {
      CliRunner.Result first = lint("--format", format, "--threads", "1", "specs");
      CliRunner.Result again = lint("--format", format, "--threads", "1", "specs");
      CliRunner.Result parallel = lint("--format", format, "--threads", "4", "specs");
      assertEquals(1, first.exitCode(), format + ": " + first.stderr());
      assertEquals(first.stdout(), again.stdout(), format + ": repeated run differs");
      assertEquals(first.stdout(), parallel.stdout(), format + ": 1 and 4 threads differ");
      assertEquals(first.stderr(), parallel.stderr(), format);
      assertEquals(first.exitCode(), parallel.exitCode(), format);
    }
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
