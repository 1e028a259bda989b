package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void keepsOnlyWhatTheFailureNeeds() {
    StringBuilder spec = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      spec.append("Key").append(i).append(": value ").append(i).append('\n');
    }
    spec.insert(spec.indexOf("Key120"), "Bad: [x\n");
    Predicate<byte[]> fails = b -> text(b).contains("[x");
    assertEquals("[x", text(Shrinker.shrink(utf8(spec.toString()), fails, 10_000)));
  }

  @Test
  void aFailureThatNeedsTwoDistantPartsKeepsBoth() {
    String input = "alpha\nneedle-one\nbeta\ngamma\ndelta\nneedle-two\nepsilon\n";
    Predicate<byte[]> fails = b -> text(b).contains("one") && text(b).contains("two");
    String shrunk = text(Shrinker.shrink(utf8(input), fails, 10_000));
    assertTrue(fails.test(utf8(shrunk)), shrunk);
    assertEquals("onetwo", shrunk);
  }

  @Test
  void shrinksARealSpecToTheDuplicateKeyThatMakesItFail() throws Exception {
    // The property test's use: a real spec, the real linter, one finding to keep.
    String spec = Files.readString(Path.of(System.getProperty("sagelint.root"), "examples/good/create-model.yaml"));
    spec = spec.replaceFirst("\n", "\nModelName: again\n");
    Linter linter = Linter.create(LintOptions.defaults());
    Predicate<byte[]> fails = b -> linter.lintText("case.yaml", text(b)).findings().stream()
        .anyMatch(f -> f.rule().equals("SM002"));
    assertTrue(fails.test(utf8(spec)));
    byte[] shrunk = Shrinker.shrink(utf8(spec), fails, 2_000);
    assertTrue(fails.test(shrunk));
    // Two ModelName keys are all it takes (the name also makes it a CreateModel for the linter).
    assertTrue(shrunk.length <= 30, "still " + shrunk.length + " bytes: " + text(shrunk));
    assertEquals(2, text(shrunk).split("ModelName", -1).length - 1, text(shrunk));
  }

  @Test
  void neverCallsThePredicateMoreThanTheBudget() {
    AtomicInteger calls = new AtomicInteger();
    byte[] input = utf8("a\n".repeat(500));
    byte[] out = Shrinker.shrink(input, b -> calls.incrementAndGet() > 0 && b.length > 100, 50);
    assertTrue(calls.get() <= 50, "calls: " + calls.get());
    assertTrue(out.length > 100);
  }

  @Test
  void returnsTheInputWhenNothingSmallerFails() {
    byte[] input = utf8("only this\n");
    assertEquals("only this\n", text(Shrinker.shrink(input, b -> b.length == input.length, 1_000)));
  }
}
