package dev.sagelint.cli;

/**
 * The exit codes of every sagelint command. The same list is in {@code --help} (the
 * {@code exitCodeList} of the commands) and in the README.
 */
public final class ExitCodes {
  /** Nothing at or above the {@code --fail-on} level. */
  public static final int OK = 0;
  /** At least one finding at or above the {@code --fail-on} level. */
  public static final int FINDINGS = 1;
  /** Usage or configuration error: bad flag, bad configuration file, path that does not exist. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
