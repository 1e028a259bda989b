package dev.sagelint.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 polish: the rule pages (what `sagelint explain` prints) show a fix as "hint:", the word
 * the CLI's text report uses, not "help:".
 */
class HintWordingTest {
  @Test
  void rulePagesSayHintLikeTheTextReport() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("..", "docs", "rules"))) {
      List<String> withHelp = pages.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> {
            try {
              return Files.readString(p).contains("\n  help: ");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of(), withHelp);
    }
  }
}
