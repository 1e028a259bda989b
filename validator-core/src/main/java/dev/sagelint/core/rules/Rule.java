package dev.sagelint.core.rules;

/**
 * A check of one document. Implementations are stateless and thread-safe: a pure function of the
 * parsed, located document in {@link RuleContext}, reporting through the context. The class must
 * carry {@link RuleInfo}; the engine only calls it for the kinds and versions declared there.
 */
public interface Rule {
  void check(RuleContext ctx);
}
