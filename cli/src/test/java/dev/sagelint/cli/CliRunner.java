package dev.sagelint.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with captured output: what every CLI test goes through. */
final class CliRunner {
  private CliRunner() {}

  record Result(int exitCode, String stdout, String stderr) {}

  static Result run(Path cwd, Map<String, String> env, InputStream stdin, boolean terminal,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new Environment(cwd, env, stdin, new PrintWriter(out), new PrintWriter(err),
        terminal), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(Path cwd, String... args) {
    return run(cwd, Map.of(), InputStream.nullInputStream(), false, args);
  }
}
