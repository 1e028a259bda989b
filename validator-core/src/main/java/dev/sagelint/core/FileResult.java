package dev.sagelint.core;

import java.util.List;

/**
 * The outcome for one file.
 *
 * @param file the name as shown in reports
 * @param documents one entry per document; empty when the file could not be parsed at all
 * @param findings sorted findings of this file
 */
public record FileResult(String file, List<DocumentResult> documents, List<Finding> findings) {
  public FileResult {
    documents = List.copyOf(documents);
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** True when no document of the file was linted (none was a SageMaker spec) and nothing was found. */
  public boolean skipped() {
    return findings.isEmpty() && documents.stream().allMatch(DocumentResult::skipped);
  }
}
