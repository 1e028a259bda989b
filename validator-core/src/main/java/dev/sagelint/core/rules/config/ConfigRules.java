package dev.sagelint.core.rules.config;

import java.util.List;

/** Findings about sagelint's own configuration and suppressions (SM01x). */
public final class ConfigRules {
  private ConfigRules() {}

  public static List<Object> all() {
    return List.of(new UnusedSuppression());
  }
}
