package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 6: every error sagelint reports on the real requests
 * ({@code ../shared/realworld/requests}) is explained by the official model or reviewed here.
 *
 * <p>A schema finding (SM1xx) is explained by construction: it names the keyword of the
 * generated schema ({@code pattern}, {@code enum}, {@code required}, ...) that the service model
 * declares for that member, and the test checks that it does. Every other error is listed below
 * with the reason it is right, most of them taken from the corpus's own SOURCES.tsv notes; a new
 * error, or a listed one that disappears, fails the test until it is reviewed.
 */
class RealWorldRequestErrorsTest {
  private static final Map<String, String> REVIEWED_RULE_ERRORS = new TreeMap<>(Map.of(
      "kfp-sagemaker-components__2.json 10:7 SM315",
      "ml.eia1.medium: Elastic Inference, which the 2026-08-07 model says SageMaker no longer "
          + "supports (a unit-test fixture of the Kubeflow components)",
      "kfp-sagemaker-components__2.json 18:7 SM315",
      "ml.eia1.large: the same, on the second variant",
      "moto-tests__2.json 1:1 SM208",
      "a model with neither PrimaryContainer nor Containers: moto's mock accepts it, CreateModel "
          + "needs a container (SOURCES.tsv: suspect)",
      "moto-tests__4.json 13:3 SM310",
      "AsyncInferenceConfig beside a serverless variant: asynchronous inference runs on "
          + "instances only (SOURCES.tsv: suspect)",
      "moto-tests__6.json 8:27 SM308",
      "MemorySizeInMB 1111: the model documents 1024 MB steps; moto's own test of the invalid "
          + "value"));

  @Test
  void everyErrorOnTheRealRequestsIsExplainedByTheModelOrReviewed() throws IOException {
    Path dir = RealWorldCorpusTest.corpus().resolve("requests");
    assumeTrue(Files.isDirectory(dir), "no real-world corpus at " + dir);
    List<LintInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        inputs.add(LintInput.file(p, p.getFileName().toString()));
      }
    }
    LintResult result = Linter.create(LintOptions.defaults()).lint(inputs, 2);
    Map<String, String> ruleErrors = new TreeMap<>();
    int schemaErrors = 0;
    for (Finding f : result.findings()) {
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      String at = f.file() + " " + f.line() + ":" + f.column() + " " + f.rule();
      if (f.rule().startsWith("SM1")) {
        assertNotNull(f.keyword(), () -> at + ": a schema error must name the model's keyword");
        schemaErrors++;
      } else {
        ruleErrors.put(at, REVIEWED_RULE_ERRORS.getOrDefault(at, "NOT REVIEWED: " + f.message()));
      }
    }
    assertEquals(REVIEWED_RULE_ERRORS, ruleErrors);
    // The schema errors are pinned one by one in requests.pinned; their number here is a check
    // that the walk above saw them.
    assertEquals(42, schemaErrors);
  }
}
