package dev.sagelint.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed docs/rules pages equal what the generator writes now. */
class RuleDocsTest {
  static Path docsDir() {
    String root = System.getProperty("sagelint.root", "..");
    return Path.of(root).resolve("docs/rules");
  }

  @Test
  void generatedRuleDocsAreUpToDate() throws IOException {
    Map<String, String> pages = RuleDocGenerator.render(RuleCatalog.defaults());
    Path dir = docsDir();
    if (Boolean.getBoolean("sagelint.updateDocs")) {
      try (Stream<Path> old = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      RuleDocGenerator.write(dir, pages);
    }
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path file = dir.resolve(e.getKey());
      assertTrue(Files.exists(file), () -> "missing " + file + "; regenerate the rule docs"
          + " (-Dsagelint.updateDocs=true, see RuleDocGenerator)");
      assertEquals(e.getValue(), Files.readString(file, StandardCharsets.UTF_8),
          () -> file + " is stale; regenerate the rule docs (see RuleDocGenerator)");
    }
    Set<String> present;
    try (Stream<Path> files = Files.list(dir)) {
      present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    present.removeAll(pages.keySet());
    assertEquals(Set.of(), present, "pages without a rule in docs/rules");
  }
}
