package dev.sagelint.maven;

/**
 * A parameter or configuration file the check cannot run with. The message is complete and meant
 * for the user as is; the goal turns it into a {@code MojoExecutionException} (a broken build
 * setup, not a finding).
 */
public final class CheckConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckConfigurationException(String message) {
    super(message);
  }

  public CheckConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
