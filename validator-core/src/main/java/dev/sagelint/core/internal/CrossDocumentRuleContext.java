package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.source.Spec;
import java.util.List;
import java.util.Map;

/** A rule context on an endpoint config that can look up the models it references. */
final class CrossDocumentRuleContext extends DocumentRuleContext implements CrossDocumentContext {
  private final Map<String, Spec> modelsByReference;

  CrossDocumentRuleContext(ParsedDocument document, DocumentKind kind, LintOptions options,
      RuleDescriptor rule, List<Finding> sink, Map<String, Spec> modelsByReference) {
    super(document, kind, options, rule, sink);
    this.modelsByReference = modelsByReference;
  }

  @Override
  public ObjectNode model(String pointer) {
    Spec s = modelsByReference.get(pointer);
    return s == null ? null : (ObjectNode) s.view().root();
  }

  @Override
  public String modelFile(String pointer) {
    Spec s = modelsByReference.get(pointer);
    return s == null ? null : s.view().source().name();
  }

  @Override
  public String modelName(String pointer) {
    Spec s = modelsByReference.get(pointer);
    if (s == null) {
      return null;
    }
    String name = ((ObjectNode) s.view().root()).text("ModelName");
    // A template model without a name is known by its logical id (the last part of its spec id).
    return name != null ? name : s.id().substring(s.id().lastIndexOf('/') + 1);
  }
}
