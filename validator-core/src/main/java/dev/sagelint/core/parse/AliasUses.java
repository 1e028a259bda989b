package dev.sagelint.core.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a YAML file repeats an anchored value through an alias ({@code *c}). The parsed tree
 * shares the anchored node between its uses, so every use has the anchor's span; this records,
 * for each alias, the pointer it stands at and where the {@code *name} is written, so findings
 * about a repeated value can point at each use instead of at the anchor N times.
 */
public final class AliasUses {
  public static final AliasUses NONE = new AliasUses();

  /**
   * One alias.
   *
   * @param name the anchor's name, without {@code &}
   * @param at where the alias ({@code *name}) is written
   * @param target the span of the anchored value it repeats
   */
  public record Use(String name, Span at, Span target) {}

  /** Document index to pointer to the alias written there. */
  private final Map<Integer, Map<String, Use>> uses = new HashMap<>();

  void add(int documentIndex, String pointer, Use use) {
    uses.computeIfAbsent(documentIndex, i -> new HashMap<>()).put(pointer, use);
  }

  public boolean isEmpty() {
    return uses.isEmpty();
  }

  /**
   * The alias through which {@code pointer} is reached: the one at the longest prefix of the
   * pointer (an alias inside the repeated value was only written once, inside the anchor), or
   * null when the pointer goes through none.
   */
  public Use through(int documentIndex, String pointer) {
    Map<String, Use> inDocument = uses.get(documentIndex);
    if (inDocument == null) {
      return null;
    }
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Use use = inDocument.get(p);
      if (use != null) {
        return use;
      }
      if (p.isEmpty()) {
        return null;
      }
    }
  }
}
