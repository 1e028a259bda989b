package dev.sagelint.core;

import java.util.Optional;

/**
 * What happened to one document of a file: linted as {@code kind}, or skipped with a reason.
 *
 * @param index 0-based position in the file's YAML stream
 * @param kind the kind it was linted as; empty when skipped, or when it was a template with no
 *     SageMaker resource (checked, nothing to report)
 * @param skipReason why it was skipped ("not a SageMaker spec", "empty"), or null
 */
public record DocumentResult(int index, Optional<DocumentKind> kind, String skipReason) {
  /** True when the document was not checked; a template without SageMaker resources was. */
  public boolean skipped() {
    return skipReason != null;
  }
}
