package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.RuleDescriptor;
import java.util.List;
import java.util.Map;

/** A rule context on an endpoint config that can look up the models of the same run. */
final class CrossDocumentRuleContext extends DocumentRuleContext implements CrossDocumentContext {
  private final Map<String, ParsedDocument> modelsByName;

  CrossDocumentRuleContext(ParsedDocument document, DocumentKind kind, LintOptions options,
      RuleDescriptor rule, List<Finding> sink, Map<String, ParsedDocument> modelsByName) {
    super(document, kind, options, rule, sink);
    this.modelsByName = modelsByName;
  }

  @Override
  public ObjectNode model(String modelName) {
    ParsedDocument d = modelName == null ? null : modelsByName.get(modelName);
    return d == null ? null : (ObjectNode) d.root();
  }

  @Override
  public String modelFile(String modelName) {
    ParsedDocument d = modelName == null ? null : modelsByName.get(modelName);
    return d == null ? null : d.source().name();
  }
}
