package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs sagelint over the specs people really wrote ({@code ../shared/realworld}, read in place,
 * never copied) and compares every outcome with the reviewed pins in
 * {@code src/test/resources/realworld/<folder>.pinned}: the kind each document was linted as (or
 * why it was skipped) and every finding. A change in either fails until it is reviewed; rewrite
 * the pins with {@code -Dsagelint.updateRealworld=true} and read the diff. Skips cleanly when the
 * corpus is not there.
 */
class RealWorldCorpusTest {
  private static final Path PINS = Path.of("src/test/resources/realworld");

  static Path corpus() {
    return Path.of(System.getProperty("sagelint.shared", "../../shared")).resolve("realworld");
  }

  @ParameterizedTest
  @ValueSource(strings = {"requests", "invalid", "cfn"})
  void findingsMatchTheReviewedPins(String folder) throws IOException {
    Path dir = corpus().resolve(folder);
    assumeTrue(Files.isDirectory(dir), "no real-world corpus at " + dir);
    List<LintInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) {
          inputs.add(LintInput.file(p, n));
        }
      }
    }
    LintResult result = Linter.create(LintOptions.defaults()).lint(inputs, 2);
    List<String> lines = new ArrayList<>();
    for (FileResult f : result.files()) {
      lines.add(f.file() + " " + f.documents().stream()
          .map(d -> d.kind().map(DocumentKind::schemaName).orElse(
              d.skipped() ? "skipped(" + d.skipReason() + ")" : "no SageMaker resource"))
          .toList());
      for (Finding x : f.findings()) {
        assertTrue(!x.rule().equals("SM900"), () -> "sagelint crashed on " + f.file() + ": " + x.message());
        lines.add("  " + Fixture.line(x));
      }
    }
    if (folder.equals("requests")) {
      assertTrue(result.files().stream().allMatch(f -> f.documents().stream().noneMatch(DocumentResult::skipped)),
          "every real request document must be recognised as a SageMaker document");
    }
    Path pin = PINS.resolve(folder + ".pinned");
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("sagelint.updateRealworld")) {
      Files.writeString(pin, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(pin, StandardCharsets.UTF_8), actual,
        "real-world findings changed; review and re-pin (-Dsagelint.updateRealworld=true)");
  }
}
