package dev.sagelint.cli;

/** The {@code sagelint} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli's default factory probes for Groovy's Closure class once per process; the failed
    // class-path search costs ~11 ms of a ~300 ms run. This is picocli's documented switch.
    System.setProperty("picocli.disable.closures", "true");
    // networknt logs through SLF4J, bound to its no-op provider. Naming the provider spares the
    // service-loader scan of every jar on the class path (~18 ms); at WARN, SLF4J does not
    // announce the explicit choice on stderr.
    System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    System.exit(run(args));
  }

  /** Runs sagelint in this process's environment and returns the exit code. */
  public static int run(String... args) {
    return Cli.run(Environment.system(), args);
  }
}
