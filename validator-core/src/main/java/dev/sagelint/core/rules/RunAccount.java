package dev.sagelint.core.rules;

import dev.sagelint.core.Finding;
import java.util.Objects;

/**
 * The account the execution roles of a run's models agree on: every model of the run that names
 * an IAM role names one in this account.
 *
 * @param account the 12-digit account id
 * @param models how many models' roles agree on it
 * @param witness where the first of those roles is written, for a related location
 */
public record RunAccount(String account, int models, Finding.Related witness) {
  public RunAccount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(witness, "witness");
  }
}
