package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside, the terminal gets one line and exit code 2, never a stack trace. */
class FailureTest {
  @Test
  void anUnexpectedExceptionIsOneLineAndExitCode2() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device not ready");
      }
    };
    CliRunner.Result r = CliRunner.run(GoldenTest.ROOT, Map.of(), failing, false, "-");
    assertEquals(2, r.exitCode());
    assertEquals("", r.stdout());
    assertEquals("sagelint: internal error: IOException: device not ready\n", r.stderr());
  }

  @Test
  void anErrorOutsidePicocliIsCaughtToo() {
    InputStream overflowing = new InputStream() {
      @Override
      public int read() {
        throw new StackOverflowError();
      }
    };
    CliRunner.Result r = CliRunner.run(GoldenTest.ROOT, Map.of(), overflowing, false, "-");
    assertEquals(2, r.exitCode());
    assertEquals("sagelint: internal error: StackOverflowError\n", r.stderr());
  }
}
