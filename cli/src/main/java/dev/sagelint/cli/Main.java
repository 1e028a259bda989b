package dev.sagelint.cli;

/** The {@code sagelint} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli's default factory probes for Groovy's Closure class once per process; the failed
    // class-path search costs ~11 ms of a ~300 ms run. This is picocli's documented switch.
    setUnlessGiven("picocli.disable.closures", "true");
    // networknt logs through SLF4J, bound to its no-op provider. Naming the provider spares the
    // service-loader scan of every jar on the class path (~18 ms); at WARN, SLF4J does not
    // announce the explicit choice on stderr.
    setUnlessGiven("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
    setUnlessGiven("slf4j.internal.verbosity", "WARN");
    System.exit(run(args));
  }

  /** A -D in SAGELINT_JAVA_OPTS wins over our default. */
  private static void setUnlessGiven(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Runs sagelint in this process's environment and returns the exit code. */
  public static int run(String... args) {
    return Cli.run(Environment.system(), args);
  }
}
