package dev.sagelint.core.source;

import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.AliasUses;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.suppress.InlineSuppression;
import java.util.List;

/**
 * Everything a file yields once, whatever its front end: its specs, the problems found while
 * reading it (syntax, template structure, links), what happened to each document, its
 * suppression comments, where YAML aliases repeat values, and (for documents no front end
 * claimed) why they look like a spec written in another form, reported only for a file the user
 * named (SM006). Rules see only the specs.
 */
public record SourceModel(SourceFile source, List<Spec> specs, List<Finding> problems,
    List<DocumentResult> documents, List<InlineSuppression> suppressions, AliasUses aliases,
    List<Finding> unrecognised) {
  public SourceModel {
    specs = List.copyOf(specs);
    problems = List.copyOf(problems);
    documents = List.copyOf(documents);
    suppressions = List.copyOf(suppressions);
    aliases = aliases == null ? AliasUses.NONE : aliases;
    unrecognised = List.copyOf(unrecognised);
  }

  public SourceModel(SourceFile source, List<Spec> specs, List<Finding> problems,
      List<DocumentResult> documents, List<InlineSuppression> suppressions) {
    this(source, specs, problems, documents, suppressions, AliasUses.NONE, List.of());
  }
}
