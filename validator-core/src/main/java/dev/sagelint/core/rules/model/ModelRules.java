package dev.sagelint.core.rules.model;

import java.util.List;

/** The rules of this package, registered with {@link dev.sagelint.core.rules.RuleCatalog}. */
public final class ModelRules {
  private ModelRules() {}

  public static List<Object> all() {
    return List.of();
  }
}
