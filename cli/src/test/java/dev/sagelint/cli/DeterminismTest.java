package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.report.Renderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output whatever the thread count, in every format. */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void oneAndEightThreadsGiveTheSameBytes() throws IOException {
    // Enough files that eight workers really interleave: every example, copied many times.
    Path examples = GoldenTest.ROOT.resolve("examples");
    for (int i = 0; i < 12; i++) {
      GoldenTest.copyTree(examples, dir.resolve("copy" + i));
    }
    for (String format : Renderers.names()) {
      CliRunner.Result one = CliRunner.run(dir, "--threads", "1", "--format", format, ".");
      CliRunner.Result eight = CliRunner.run(dir, "--threads", "8", "--format", format, ".");
      assertEquals(1, one.exitCode(), format);
      assertEquals(one.stdout(), eight.stdout(), format);
      assertEquals(one.stderr(), eight.stderr(), format);
    }
    // 8 request examples and 4 templates, each copied 12 times.
    assertEquals(12 * 12, Files.walk(dir).filter(Files::isRegularFile)
        .filter(p -> !p.getFileName().toString().equals("README.md")).count());
  }
}
