package dev.sagelint.core;

import java.util.Optional;

/**
 * What happened to one document of a file: linted as {@code kind}, or skipped with a reason.
 *
 * @param index 0-based position in the file's YAML stream
 * @param kind the kind it was linted as; empty when skipped
 * @param skipReason why it was skipped ("not a SageMaker spec", "empty"), or null
 */
public record DocumentResult(int index, Optional<DocumentKind> kind, String skipReason) {
  public boolean skipped() {
    return kind.isEmpty();
  }
}
