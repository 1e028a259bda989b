package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.Block;
import dev.sagelint.core.source.terraform.hcl.HclProblem;
import java.util.List;

/**
 * Whether a syntax error lies inside a resource block. The parser recovers at the next statement,
 * so such a block is read with an argument missing or cut short; rules run on it would report
 * what the error left out (a container "missing" because its block did not parse) rather than what
 * the author wrote. Such a block gets its syntax finding only (docs/terraform.md, "Syntax errors").
 */
final class SyntaxDamage {
  private SyntaxDamage() {}

  static boolean damaged(Block resource, List<HclProblem> problems) {
    Span block = resource.span();
    for (HclProblem p : problems) {
      int at = p.span().startOffset();
      if (at >= block.startOffset() && at <= block.endOffset()) {
        return true;
      }
    }
    return false;
  }
}
