package dev.sagelint.cli;

/**
 * A mistake in how sagelint was called or configured: printed as one line, exit code 2. Never
 * carries a stack trace to the terminal.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean located;

  UsageException(String message) {
    this(message, false);
  }

  private UsageException(String message, boolean located) {
    super(message, null, false, false);
    this.located = located;
  }

  /**
   * An error at a place in a file, printed as {@code file:line:col: ...} at the start of the line
   * (no {@code sagelint:} prefix) so editors and CI log parsers turn it into a link.
   */
  static UsageException located(String message) {
    return new UsageException(message, true);
  }

  boolean isLocated() {
    return located;
  }
}
