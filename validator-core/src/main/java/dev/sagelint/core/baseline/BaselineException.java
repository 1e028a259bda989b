package dev.sagelint.core.baseline;

/** A baseline file that cannot be read or is not a sagelint baseline; front-ends stop (exit 2). */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message, null, false, false);
  }
}
