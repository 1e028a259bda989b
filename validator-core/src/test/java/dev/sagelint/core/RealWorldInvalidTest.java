package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every spec in {@code ../shared/realworld/invalid/} (each rejected by AWS, with the error in
 * {@code <name>.error.txt}) is listed here with the finding that catches it, or with the reason
 * it cannot be caught statically. A new spec in the corpus fails the test until it is listed.
 * Skips cleanly when the corpus is absent.
 */
class RealWorldInvalidTest {
  /** What catches a rejected spec: a finding line ({@code RULE SEVERITY POINTER}), or a reason. */
  private record Verdict(String finding, String reason) {
    static Verdict caughtBy(String finding) {
      return new Verdict(finding, null);
    }

    static Verdict notStatic(String reason) {
      return new Verdict(null, reason);
    }
  }

  private static final Map<String, Verdict> VERDICTS = Map.of(
      // AWS: ModelName longer than 63 and not matching its pattern: an unrendered Airflow template.
      "airflow-workflow-issue3__1.json", Verdict.caughtBy("SM105 error /ModelName"),
      // AWS: "More than one container in MultiModel mode is not supported with inference pipeline."
      "autopilot-sfn-issue10__1.json", Verdict.caughtBy("SM211 error /Containers/1/Mode"),
      "ecs-blueprints-issue223__1.json", Verdict.notStatic(
          "AWS could not find the model data in that region's JumpStart cache: object existence"),
      // AWS: "ManagedInstanceScaling is not supported with the given EndpointConfig setup."
      "grand-challenge-pr4659__1.json",
      Verdict.caughtBy("SM316 error /ProductionVariants/0/ManagedInstanceScaling"),
      "sfn-ds-sdk-issue61__1.json", Verdict.notStatic(
          "AWS could not find the model data: the S3 key named the wrong training job"),
      // AWS (2018): ECR image "...decision-trees-sample" is invalid; fixed by adding a tag. The
      // catalogue rates a missing tag a warning (SM-CM-IMAGE-FORMAT), as the rejection was not
      // seen again since.
      "sm-examples-issue195__1.json", Verdict.caughtBy("SM226 warning /PrimaryContainer/Image"),
      // AWS: 'ENTER MODEL NAME' fails the ModelName pattern (the placeholder warning yields to the
      // pattern error since issue 17, row 1).
      "sm-examples-issue2236__1.json", Verdict.caughtBy("SM105 error /ProductionVariants/0/ModelName"),
      // AWS: 'ml.t3.medium' is not in the instance type enum.
      "sm-python-sdk-issue1623__1.json", Verdict.caughtBy("SM104 error /ProductionVariants/0/InstanceType"),
      // AWS: "ManagedInstanceScaling is only supported for inference component endpoints."
      "tf-provider-aws-issue40606__1.json",
      Verdict.caughtBy("SM316 error /ProductionVariants/0/ManagedInstanceScaling"));

  private static Path dir() {
    return RealWorldCorpusTest.corpus().resolve("invalid");
  }

  @Test
  void everyRejectedSpecIsListed() throws IOException {
    assumeTrue(Files.isDirectory(dir()), "no real-world corpus at " + dir());
    Set<String> specs = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir())) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"))
          .forEach(specs::add);
    }
    assertEquals(new TreeSet<>(VERDICTS.keySet()), specs);
  }

  @Test
  void everyStaticallyKnowableRejectionIsCaught() {
    assumeTrue(Files.isDirectory(dir()), "no real-world corpus at " + dir());
    Linter linter = Linter.create(LintOptions.defaults());
    VERDICTS.forEach((name, verdict) -> {
      if (verdict.finding() == null) {
        assertTrue(!verdict.reason().isBlank(), name);
        return;
      }
      List<String> found = linter.lint(List.of(LintInput.file(dir().resolve(name), name)))
          .findings().stream().map(f -> Fixture.line(f).replaceFirst("^\\S+ ", "")).toList();
      assertTrue(found.contains(verdict.finding()), () -> name + ": expected " + verdict.finding()
          + " among " + found);
    });
  }
}
