package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagelint.core.docs.CatalogueDecisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the constraints catalogue is implemented by a rule (its {@code @RuleInfo
 * reference}) or has a written decision in {@code catalogue-decisions.tsv}, rendered into
 * docs/rules/README.md. Reads {@code ../shared/reference/rules.tsv} relative to the repository
 * root; skipped where that checkout is absent.
 */
class CatalogueCoverageTest {
  private static final Path RULES_TSV = Path.of("../../shared/reference/rules.tsv");

  private static List<String> catalogueIds() throws IOException {
    assumeTrue(Files.isRegularFile(RULES_TSV), "no " + RULES_TSV + " next to the repository");
    List<String> ids = new ArrayList<>();
    List<String> lines = Files.readAllLines(RULES_TSV, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        ids.add(line.substring(0, line.indexOf('\t')));
      }
    }
    return ids;
  }

  @Test
  void everyCatalogueEntryIsImplementedOrDecided() throws IOException {
    Map<String, CatalogueDecisions.Row> rows = CatalogueDecisions.rows(RuleCatalog.defaults());
    Set<String> missing = new TreeSet<>(catalogueIds());
    missing.removeAll(rows.keySet());
    assertEquals(Set.of(), missing,
        "catalogue entries with no implementing rule and no line in catalogue-decisions.tsv");
  }

  @Test
  void everyReferenceAndDecisionNamesACatalogueEntry() throws IOException {
    Set<String> unknown = new TreeSet<>(CatalogueDecisions.rows(RuleCatalog.defaults()).keySet());
    unknown.removeAll(catalogueIds());
    assertEquals(Set.of(), unknown, "references or decisions for ids the catalogue does not have");
  }

  @Test
  void decisionsNameExistingRules() {
    for (CatalogueDecisions.Row r : CatalogueDecisions.rows(RuleCatalog.defaults()).values()) {
      for (String id : r.ruleIds()) {
        assertTrue(RuleCatalog.defaults().find(id).isPresent(), r.catalogueId() + " names " + id);
      }
    }
  }
}
