package dev.sagelint.core.config;

/**
 * A configuration file that cannot be used: unreadable, not YAML, or with a key or value sagelint
 * does not accept. Carries where, so front-ends can print {@code file:line:col: message} and stop
 * (the CLI exits 2).
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param file the configuration file as shown to the user
   * @param line 1-based line, or 0 when the problem concerns the file as a whole
   * @param column 1-based column, or 0
   * @param reason what is wrong, without the location
   */
  public ConfigException(String file, int line, int column, String reason) {
    super(format(file, line, column, reason), null, false, false);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(String file, int line, int column, String reason) {
    return line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
