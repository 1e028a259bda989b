package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.ModelFacts;
import dev.sagelint.core.rules.RuleDescriptor;
import java.util.List;
import java.util.Map;

/** A rule context on an endpoint config that can look up the models it references. */
final class CrossDocumentRuleContext extends DocumentRuleContext implements CrossDocumentContext {
  private final Map<String, ModelFacts> modelsByReference;

  CrossDocumentRuleContext(ParsedDocument document, DocumentKind kind, LintOptions options,
      RuleDescriptor rule, List<Finding> sink, Map<String, ModelFacts> modelsByReference) {
    super(document, kind, options, rule, sink);
    this.modelsByReference = modelsByReference;
  }

  @Override
  public ModelFacts model(String pointer) {
    return modelsByReference.get(pointer);
  }
}
