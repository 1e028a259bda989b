package dev.sagelint.cli;

/**
 * A mistake in how sagelint was called or configured: printed as one line, exit code 2. Never
 * carries a stack trace to the terminal.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
