package dev.sagelint.core.rules;

import dev.sagelint.core.parse.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * A single-document rule that, for a spec with no account of its own, compares the spec with the
 * account the run's models act as. That account is known only once every file is read, so the
 * linter asks each spec in the first phase what it would compare ({@link #accountsToCompare}),
 * and runs {@link #check} again, with {@link RuleContext#runAccount()} set, only on the specs
 * whose accounts differ from the one the run agrees on.
 */
public interface RunAccountRule extends Rule {
  /** The account of the spec's own execution role, which counts toward the run's account. */
  Optional<String> roleAccount(ObjectNode root);

  /**
   * The accounts {@link #check} would compare with the run's account on this spec: empty when the
   * spec has an account of its own (given, configured or its role) or nothing to compare.
   */
  Set<String> accountsToCompare(RuleContext ctx);
}
