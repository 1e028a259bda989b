package dev.sagelint.core;

import java.util.Map;
import java.util.Optional;

/**
 * The user's setting for one rule (or id prefix): on or off, a severity that replaces the default,
 * and rule-specific options.
 */
public record RuleSetting(boolean enabled, Optional<Severity> severity, Map<String, String> options) {
  public static final RuleSetting DEFAULT = new RuleSetting(true, Optional.empty(), Map.of());

  public RuleSetting {
    options = Map.copyOf(options);
  }

  public static RuleSetting off() {
    return new RuleSetting(false, Optional.empty(), Map.of());
  }

  public static RuleSetting severity(Severity s) {
    return new RuleSetting(true, Optional.of(s), Map.of());
  }
}
