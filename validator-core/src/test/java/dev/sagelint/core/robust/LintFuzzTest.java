package dev.sagelint.core.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.testing.FindingInvariants;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzz target for the whole path a file takes: bytes, UTF-8 decoding, JSON, YAML
 * and HCL parsing, the front ends (CloudFormation, Terraform), schema validation and every rule.
 *
 * <p>In the normal build this is a regression test over its seeds: the rule fixtures and the
 * examples (copied into {@code LintFuzzTestInputs/lint/} at build time, see the POM) and every
 * crash ever found (kept in {@code src/test/resources/.../LintFuzzTestInputs/lint/}). With
 * {@code JAZZER_FUZZ=1} Jazzer mutates them; {@code .ci/checks/fuzz.sh} runs a bounded session and
 * {@code docs/robustness.md} has the command for a longer one.
 *
 * <p>A failure is an exception, a hang (the timeout), or a finding that breaks
 * {@link FindingInvariants} (SM900, which means sagelint itself failed, among them).
 */
class LintFuzzTest {
  private static final Linter DETECTING = Linter.create(LintOptions.defaults());
  private static final List<Linter> FORCED = new ArrayList<>();

  static {
    for (DocumentKind kind : DocumentKind.values()) {
      FORCED.add(Linter.create(LintOptions.builder().kind(kind).build()));
    }
    // Load (and, when fuzzing, instrument) the parser, validator and rule classes before the
    // hang watchdog starts: the first lint under instrumentation alone can take many seconds.
    String model = "ModelName: m\nExecutionRoleArn: arn:aws:iam::123456789012:role/r\n"
        + "PrimaryContainer: {Image: i, Environment: {A: b}}\n";
    String endpointConfig = "EndpointConfigName: e\nProductionVariants:\n  - {VariantName: v, ModelName: m, "
        + "InstanceType: ml.m5.large, InitialInstanceCount: 1}\n";
    for (Linter linter : FORCED) {
      linter.lintText("warm.yaml", model + "---\n" + endpointConfig);
      linter.lintText("warm.json", "{\"ModelName\": \"m\", \"Bad\": [1.5, null, true]}");
    }
    DETECTING.lintText("warm.yaml", model + "---\n" + endpointConfig);
  }

  private static final FuzzWorker WORKER = new FuzzWorker("lint-fuzz");

  @FuzzTest(maxDuration = "60s")
  void lint(byte[] data) throws Exception {
    WORKER.run(() -> lintOnce(data));
  }

  private static void lintOnce(byte[] data) {
    SourceReader.Outcome read = SourceReader.decode("fuzz", data, false);
    if (read.source() == null) {
      return; // not UTF-8: the finding is the reader's, checked by SourceReaderTest
    }
    String text = read.source().text();
    // The same text as JSON and as YAML (JSON is YAML, so both parsers see every input), once
    // with detection and once forced to a kind, so that rules run on documents detection skips.
    check(DETECTING, "fuzz.json", text);
    check(DETECTING, "fuzz.yaml", text);
    // And as Terraform: native syntax (the HCL parser and front end) and JSON syntax. Plans are
    // recognised by content, so fuzz.json reaches the plan reader already.
    check(DETECTING, "fuzz.tf", text);
    check(DETECTING, "fuzz.tf.json", text);
    check(FORCED.get(Math.floorMod(data.length, FORCED.size())), data.length % 2 == 0 ? "fuzz.yaml" : "fuzz.json", text);
  }

  private static void check(Linter linter, String name, String text) {
    LintResult result = linter.lintText(name, text);
    List<String> broken = FindingInvariants.violations(result, name, text, ParseLimits.DEFAULT);
    if (!broken.isEmpty()) {
      throw new AssertionError(name + ": " + String.join("; ", broken));
    }
  }
}
