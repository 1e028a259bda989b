package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;

/** Anything in an HCL syntax tree: it knows where it was written. */
public interface HclNode {

  /** The node's extent in the source, from its first character to just after its last. */
  Span span();
}
