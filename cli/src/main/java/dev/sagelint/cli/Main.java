package dev.sagelint.cli;

/** The {@code sagelint} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs sagelint in this process's environment and returns the exit code. */
  public static int run(String... args) {
    return Cli.run(Environment.system(), args);
  }
}
