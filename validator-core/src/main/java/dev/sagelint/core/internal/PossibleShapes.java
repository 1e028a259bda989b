package dev.sagelint.core.internal;

import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the findings that hold whatever shape a declaration takes once deployed (see
 * {@code Variation#alternatives}): a finding must appear in each alternative shape in which the
 * value it is about could appear, i.e. where its parent exists. A mistake written inside a block
 * that may be absent still counts; a conflict between two blocks that may each be absent does not.
 */
final class PossibleShapes {
  private PossibleShapes() {}

  static List<Finding> agreed(Spec spec, List<Finding> findings,
      Function<Spec, List<Finding>> checker) {
    if (spec.variation() == null || findings.isEmpty()) {
      return findings;
    }
    List<Spec> alternatives = spec.variation().alternatives();
    List<Finding> out = findings;
    for (Spec alternative : alternatives) {
      Set<String> keys = new HashSet<>();
      for (Finding f : checker.apply(alternative)) {
        keys.add(f.rule() + "\u0000" + f.pointer());
      }
      List<Finding> kept = new ArrayList<>(out.size());
      for (Finding f : out) {
        String pointer = f.pointer();
        String parent = pointer.isEmpty() ? "" : JsonPointer.parent(pointer);
        if (keys.contains(f.rule() + "\u0000" + pointer)
            || alternative.view().at(parent) == null) {
          kept.add(f);
        }
      }
      out = kept;
    }
    return out;
  }
}
