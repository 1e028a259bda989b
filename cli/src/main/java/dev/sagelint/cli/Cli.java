package dev.sagelint.cli;

import dev.sagelint.core.report.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Wires the picocli command tree to an {@link Environment} and turns every failure into a
 * one-line message and an exit code: no stack trace ever reaches the terminal.
 */
public final class Cli {
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");
  private static final String LINT = "lint";
  /** The subcommands by name, in the order {@code --help} lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private Cli() {}

  /** Runs one command line and returns its exit code. */
  public static int run(Environment env, String... args) {
    try {
      String[] effective = withDefaultCommand(args);
      CommandLine cmd = commandLine(env, effective);
      int code = cmd.execute(effective);
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

  /** The whole command tree, as {@code --help} and completion scripts need it. */
  static CommandLine commandLine(Environment env) {
    return commandLine(env, new String[0]);
  }

  /**
   * The command tree for one run. A lint run (the pre-commit case, where start-up is most of the
   * time) gets only the {@code lint} subcommand: picocli reads every command's annotations and
   * registers its converters per subcommand, and the other four would be built for nothing. Any
   * other run gets all of them, so help, suggestions and completion see the whole tree.
   */
  static CommandLine commandLine(Environment env, String[] args) {
    CommandLine cmd = new CommandLine(new SagelintCommand(env));
    boolean lintOnly = args.length > 0 && args[0].equals(LINT);
    for (Map.Entry<String, Class<?>> sub : SUBCOMMANDS.entrySet()) {
      if (!lintOnly || sub.getKey().equals(LINT)) {
        cmd.addSubcommand(sub.getKey(), sub.getValue());
      }
    }
    // The settings below reach the subcommands added so far, so they come after them.
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
  static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || SUBCOMMANDS.containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])) {
      return args;
    }
    List<String> out = new ArrayList<>(args.length + 1);
    out.add(LINT);
    out.addAll(List.of(args));
    return out.toArray(String[]::new);
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put(LINT, LintCommand.class);
    m.put("rules", RulesCommand.class);
    m.put("explain", ExplainCommand.class);
    m.put("schema", SchemaCommand.class);
    m.put("generate-completion", AutoComplete.GenerateCompletion.class);
    return m;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    err.println("sagelint: " + Printable.forTerminal(e.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, PrintWriter err) {
    if (e instanceof UsageException u) {
      // A located message quotes the configuration file, which may hold control characters.
      err.println(Printable.forTerminal(u.isLocated() ? u.getMessage() : "sagelint: " + u.getMessage()));
    } else {
      err.println("sagelint: internal error: " + Printable.forTerminal(describe(e)));
    }
    return ExitCodes.USAGE;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
