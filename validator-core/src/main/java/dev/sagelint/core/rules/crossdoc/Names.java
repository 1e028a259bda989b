package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Specs;

/** How messages name a variant: by its VariantName, or by its place when it has none. */
final class Names {
  private Names() {}

  static String variant(Specs.At variant) {
    String name = variant.node().text("VariantName");
    return name != null ? name : Paths.readable(variant.pointer());
  }
}
