package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.InputRuleIds;
import dev.sagelint.core.parse.Span;
import java.util.List;

/**
 * A file the user named and sagelint skipped gets a finding that says why: SM006 when it is a
 * spec with camelCase or snake_case keys, else SM007. Files found by walking a directory stay
 * silent (a repository is full of JSON and YAML that is not SageMaker's).
 */
public final class NamedFiles {
  private final LintOptions options;

  public NamedFiles(LintOptions options) {
    this.options = options;
  }

  /**
   * {@code checked} with the explanation added when {@code input} was named and nothing in it
   * was checked or reported.
   *
   * @param otherKeyCase SM006 findings for the file's documents (see {@code SourceModel})
   */
  public SpecChecked explain(LintInput input, SpecChecked checked, List<Finding> otherKeyCase) {
    FileResult result = checked.result();
    if (!input.named() || !result.skipped()) {
      return checked;
    }
    Finding why = otherKeyCase.isEmpty() ? notASpec(result) : otherKeyCase.get(0);
    List<Finding> findings = options.apply(List.of(why));
    if (findings.isEmpty()) {
      return checked;
    }
    return new SpecChecked(new FileResult(result.file(), result.documents(), findings),
        checked.specs(), checked.suppressions());
  }

  private static Finding notASpec(FileResult result) {
    List<String> reasons = result.documents().stream().map(DocumentResult::skipReason).distinct()
        .toList();
    String message;
    if (reasons.equals(List.of("not a SageMaker spec"))) {
      message = Messages.format(NamedFiles.class, "named.notspec");
    } else if (reasons.equals(List.of("empty"))) {
      message = Messages.format(NamedFiles.class, "named.empty");
    } else {
      message = Messages.format(NamedFiles.class, "named.other", String.join("; ", reasons));
    }
    boolean endpoint = reasons.stream().allMatch(r -> r != null && r.endsWith(KindDetector.NOT_CHECKED));
    return Finding.at(InputRuleIds.NOT_A_SPEC, Severity.WARNING, message,
        Messages.format(NamedFiles.class, endpoint ? "named.endpoint.hint" : "named.hint"),
        result.file(), "", 0, Span.FILE, null);
  }
}
