package dev.sagelint.core.rules;

/**
 * A rule's prose from its {@link RuleInfo}: read by reflection, and only when something shows it
 * (rule pages, {@code explain}, SARIF's rule metadata), which a plain lint run never does.
 */
record RuleDocs(String description, String rationale, String reference, String evidence) {
  static RuleDocs of(Class<?> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    return new RuleDocs(info.description().strip(), info.rationale().strip(), info.reference(),
        info.evidence());
  }
}
