package dev.sagelint.core.schema;

import java.util.Set;

/**
 * A rule that owns one family of JSON Schema keywords: the validator finds the failure, the rule
 * says it in the user's terms and picks the location. One class per family, so users can filter
 * (say) pattern failures by id.
 */
public interface SchemaKeywordRule {
  /** The keywords this rule reports, e.g. {@code minLength} and {@code maxLength}. */
  Set<String> keywords();

  Described describe(SchemaViolation violation);
}
