package dev.sagelint.core.rules.hygiene;

import java.util.List;

/** The rules of this package, registered with {@link dev.sagelint.core.rules.RuleCatalog}. */
public final class HygieneRules {
  private HygieneRules() {}

  public static List<Object> all() {
    return List.of(new UnfilledPlaceholder(), new YamlVersionDependentScalar());
  }
}
