package dev.sagelint.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the CLI takes from its process, passed in rather than read from globals, so tests run
 * the real entry point in-process with their own working directory, streams and variables.
 *
 * @param workingDir where relative paths start and where the configuration search begins
 * @param variables environment variables ({@code NO_COLOR})
 * @param stdin what {@code -} reads
 * @param out standard output
 * @param err standard error
 * @param terminal whether standard output is an interactive terminal (colour in {@code auto} mode)
 */
public record Environment(
    Path workingDir,
    Map<String, String> variables,
    InputStream stdin,
    PrintWriter out,
    PrintWriter err,
    boolean terminal) {

  public Environment {
    workingDir = workingDir.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
  }

  /** The real process: current directory, real streams (UTF-8), real environment. */
  public static Environment system() {
    // System.console() is non-null only when both stdin and stdout are terminals; that is the
    // usual test for "a person is watching" in Java 17.
    return new Environment(Path.of("").toAbsolutePath(), System.getenv(), System.in,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.console() != null);
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }
}
