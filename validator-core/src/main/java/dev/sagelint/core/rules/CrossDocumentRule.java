package dev.sagelint.core.rules;

/**
 * A check of an endpoint config against the models it names, run when both are linted together
 * (in one run, across files). {@link CrossDocumentContext#document()} is the endpoint config;
 * findings are reported on it.
 */
public interface CrossDocumentRule {
  void check(CrossDocumentContext ctx);
}
