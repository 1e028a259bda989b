package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;

/** Thrown inside the parser when the input passes a {@code ParseLimits} bound; never escapes it. */
final class HclLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient HclProblem problem;

  HclLimitException(HclProblem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  static HclLimitException of(HclProblem.Kind kind, Span at, Object... args) {
    return new HclLimitException(HclProblem.of(kind, at, args));
  }
}
