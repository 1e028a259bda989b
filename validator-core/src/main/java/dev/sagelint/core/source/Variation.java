package dev.sagelint.core.source;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a spec with other values for its assumptions, so the checker can tell which findings
 * depend on an assumed value: a finding that disappears when the value is unknown depends on it.
 */
public interface Variation {
  /** What the spec assumed, in a stable order. */
  List<Assumption> assumptions();

  /**
   * The same spec with {@code values} given to some assumptions, {@code unknown} ones turned into
   * unknown values, and the others at their assumed value.
   */
  Spec vary(Map<String, String> values, Set<String> unknown);

  /**
   * Other shapes the declaration may equally take once deployed (a Terraform argument whose
   * unknown value may be null, a dynamic block that may yield nothing). A finding counts only when
   * every alternative in which its parent exists has it too; empty for most specs.
   */
  default List<Spec> alternatives() {
    return List.of();
  }
}
