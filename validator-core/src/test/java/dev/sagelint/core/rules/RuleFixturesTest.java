package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every rule fixture and compares all findings with the expectations written next to it:
 * a missing finding and an unexpected one both fail. Run with {@code -Dsagelint.updateFixtures=true}
 * to rewrite the {@code .expected} files of bad fixtures from the current output (then review the
 * diff: that is the point of having them).
 */
class RuleFixturesTest {
  private static final boolean UPDATE = Boolean.getBoolean("sagelint.updateFixtures");

  @TestFactory
  Stream<DynamicTest> everyFixtureProducesExactlyItsExpectedFindings() {
    List<Fixture> fixtures = Fixture.all();
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
  }

  private static void check(Fixture f) throws IOException {
    List<String> actual = f.actualLines();
    if (UPDATE && !f.isGood()) {
      Files.writeString(f.expectedFile(), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = f.expectedLines();
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        () -> "findings of " + f + " differ from " + f.expectedFile().getFileName());
  }
}
