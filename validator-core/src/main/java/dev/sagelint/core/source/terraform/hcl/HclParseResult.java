package dev.sagelint.core.source.terraform.hcl;

import java.util.List;

/**
 * What {@link HclParser#parse} returns: the tree, as complete as the text allowed, and the
 * problems found, in source order of discovery.
 *
 * @param body the file's top-level body; statements with syntax errors are left out
 * @param problems syntax errors and reading limits, each located
 */
public record HclParseResult(Body body, List<HclProblem> problems) {

  public HclParseResult {
    problems = List.copyOf(problems);
  }

  /** Whether the text was read without any problem. */
  public boolean clean() {
    return problems.isEmpty();
  }

  /** Whether a limit or too many errors stopped the parser before the end of the text. */
  public boolean stoppedEarly() {
    return problems.stream().anyMatch(p -> p.kind().stopsParsing());
  }
}
