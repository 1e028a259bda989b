package dev.sagelint.core.parse;

import dev.sagelint.core.Finding;
import java.util.List;

/**
 * What parsing one source produced: the documents it could read and the problems it met (syntax
 * errors, duplicate keys, limits), and where YAML aliases repeat values. A syntax error ends
 * parsing; documents before it are kept.
 */
public record ParseResult(SourceFile source, List<ParsedDocument> documents, List<Finding> problems,
    AliasUses aliases) {
  public ParseResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    aliases = aliases == null ? AliasUses.NONE : aliases;
  }

  public ParseResult(SourceFile source, List<ParsedDocument> documents, List<Finding> problems) {
    this(source, documents, problems, AliasUses.NONE);
  }
}
