package dev.sagelint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Wires the picocli command tree to an {@link Environment} and turns every failure into a
 * one-line message and an exit code: no stack trace ever reaches the terminal.
 */
public final class Cli {
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private Cli() {}

  /** Runs one command line and returns its exit code. */
  public static int run(Environment env, String... args) {
    try {
      CommandLine cmd = commandLine(env);
      int code = cmd.execute(withDefaultCommand(cmd, args));
      env.out().flush();
      env.err().flush();
      return code;
    } catch (Throwable t) {
      // Errors (out of memory, stack overflow) bypass picocli's handler; still one line, exit 2.
      env.err().println("sagelint: internal error: " + describe(t));
      env.err().flush();
      return ExitCodes.USAGE;
    }
  }

  static CommandLine commandLine(Environment env) {
    CommandLine cmd = new CommandLine(new SagelintCommand(env));
    cmd.setOut(env.out());
    cmd.setErr(env.err());
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
        Colors.enabled(ColorMode.AUTO, env) ? Ansi.ON : Ansi.OFF));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(Cli::usageError);
    cmd.setExecutionExceptionHandler((e, c, parsed) -> failure(e, c.getErr()));
    return cmd;
  }

  /**
   * {@code sagelint specs/} means {@code sagelint lint specs/}: unless the first argument is a
   * subcommand or a top-level option, {@code lint} is implied.
   */
  static String[] withDefaultCommand(CommandLine cmd, String[] args) {
    if (args.length == 0 || cmd.getSubcommands().containsKey(args[0])
        || TOP_LEVEL_OPTIONS.contains(args[0])) {
      return args;
    }
    List<String> out = new ArrayList<>(args.length + 1);
    out.add("lint");
    out.addAll(List.of(args));
    return out.toArray(String[]::new);
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    err.println("sagelint: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, PrintWriter err) {
    if (e instanceof UsageException u) {
      err.println(u.isLocated() ? u.getMessage() : "sagelint: " + u.getMessage());
    } else {
      err.println("sagelint: internal error: " + describe(e));
    }
    return ExitCodes.USAGE;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
