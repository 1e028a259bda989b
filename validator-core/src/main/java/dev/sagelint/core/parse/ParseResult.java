package dev.sagelint.core.parse;

import dev.sagelint.core.Finding;
import java.util.List;

/**
 * What parsing one source produced: the documents it could read and the problems it met (syntax
 * errors, duplicate keys, limits). A syntax error ends parsing; documents before it are kept.
 */
public record ParseResult(SourceFile source, List<ParsedDocument> documents, List<Finding> problems) {
  public ParseResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
