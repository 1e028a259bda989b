package dev.sagelint.cli;

/**
 * Whether to colour terminal output. {@code auto} colours only a terminal and honours
 * {@code NO_COLOR} (any non-empty value, per no-color.org); {@code never} never colours;
 * {@code always} colours even into a pipe, because an explicit flag is the user's latest word
 * (no-color.org: command-line flags override the variable).
 */
final class Colors {
  private Colors() {}

  static boolean enabled(ColorMode mode, Environment env) {
    return switch (mode) {
      case NEVER -> false;
      case ALWAYS -> true;
      case AUTO -> env.terminal() && env.variable("NO_COLOR").map(String::isEmpty).orElse(true)
          && !"dumb".equals(env.variable("TERM").orElse(""));
    };
  }
}
