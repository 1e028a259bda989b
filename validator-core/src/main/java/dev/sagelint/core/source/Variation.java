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
}
