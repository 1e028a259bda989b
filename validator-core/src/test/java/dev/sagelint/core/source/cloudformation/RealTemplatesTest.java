package dev.sagelint.core.source.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 21 real templates of {@code ../shared/realworld/cfn}: all are checked, every SageMaker
 * resource is linted, and every error-level finding is one of the reviewed ones below, each with
 * the reason it is right. A new error fails this test until someone reviews it: an unexplained
 * error on what people really wrote is a false positive until shown otherwise.
 */
class RealTemplatesTest {
  /** file:line:column rule, and why the error is right. */
  private static final Map<String, String> REVIEWED_ERRORS = new LinkedHashMap<>();

  static {
    REVIEWED_ERRORS.put("guard-rules-registry__1.yaml:14:20 SM410",
        "the template (a guard-rules test snippet) declares no resource `Model`, so "
            + "CloudFormation rejects `!GetAtt Model.ModelName` (unresolved resource dependency)");
    // kics__1.json is a scanner's test sample whose values were replaced by placeholders.
    REVIEWED_ERRORS.put("kics__1.json:48:26 SM105",
        "the literal `Model.ModelName` (a dotted placeholder, not a GetAtt) breaks the ModelName pattern");
    REVIEWED_ERRORS.put("kics__1.json:49:28 SM105",
        "the literal `Model.ModelName` breaks the VariantName pattern: a dot is not allowed");
    REVIEWED_ERRORS.put("kics__1.json:52:30 SM103",
        "`DataCaptureConfig` is the string \"DataCaptureConfig\"; the API takes an object");
    REVIEWED_ERRORS.put("kics__1.json:59:20 SM103",
        "`Image` is a literal list (an un-evaluated FindInMap's arguments); the API takes a string");
    REVIEWED_ERRORS.put("kics__1.json:42:21 SM502",
        "`KmsKeyId` is the literal `String`, none of the four documented key forms");
    REVIEWED_ERRORS.put("kics__1.json:65:29 SM105",
        "the literal `ExecutionRole.Arn` is not an IAM role ARN");
  }

  @Test
  void everyTemplateIsCheckedAndEveryErrorIsExplained() throws IOException {
    Path dir = Path.of(System.getProperty("sagelint.shared", "../../shared"), "realworld", "cfn");
    assumeTrue(Files.isDirectory(dir), "no real-world templates at " + dir);
    List<LintInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        inputs.add(LintInput.file(p, p.getFileName().toString()));
      }
    }
    LintResult result = Linter.create(LintOptions.defaults()).lint(inputs, 2);
    assertEquals(21, result.files().size());
    assertEquals(0, result.files().stream().filter(FileResult::skipped).count(), "skipped templates");
    Map<DocumentKind, Integer> kinds = new TreeMap<>();
    for (FileResult f : result.files()) {
      for (DocumentResult d : f.documents()) {
        d.kind().ifPresent(k -> kinds.merge(k, 1, Integer::sum));
      }
    }
    assertEquals(Map.of(DocumentKind.CREATE_MODEL, 20, DocumentKind.CREATE_ENDPOINT_CONFIG, 19), kinds);
    Map<String, String> errors = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      if (f.severity() == Severity.ERROR) {
        String key = f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule();
        errors.put(key, REVIEWED_ERRORS.getOrDefault(key, "UNREVIEWED: " + f.message()));
      }
    }
    assertEquals(REVIEWED_ERRORS, errors);
  }
}
