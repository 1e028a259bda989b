package dev.sagelint.core.docs;

import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each entry of the constraints catalogue is covered: the rules that name it in their
 * {@code @RuleInfo reference}, plus the written decisions of {@code catalogue-decisions.tsv} for
 * entries no rule names or that a rule covers only in part.
 */
public final class CatalogueDecisions {
  static final Path FILE = Path.of("src/test/resources/catalogue-decisions.tsv");

  /** One row of the coverage table. */
  public record Row(String catalogueId, List<String> ruleIds, String decision) {}

  private CatalogueDecisions() {}

  /** The rows, by catalogue id. */
  public static Map<String, Row> rows(RuleCatalog catalog) {
    Map<String, List<String>> implementing = new TreeMap<>();
    for (RuleDescriptor d : catalog.all()) {
      if (!d.reference().isEmpty()) {
        implementing.computeIfAbsent(d.reference(), k -> new ArrayList<>()).add(d.id());
      }
    }
    Map<String, Row> rows = new TreeMap<>();
    implementing.forEach((id, rules) -> rows.put(id, new Row(id, rules, "")));
    for (String[] cols : decisions()) {
      List<String> rules = new ArrayList<>(implementing.getOrDefault(cols[0], List.of()));
      for (String r : cols[1].split(",")) {
        if (!r.isBlank() && !rules.contains(r.strip())) {
          rules.add(r.strip());
        }
      }
      rows.put(cols[0], new Row(cols[0], rules, cols[2]));
    }
    return rows;
  }

  /** The decision lines: id, rules, text. */
  static List<String[]> decisions() {
    List<String[]> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 3 || cols[2].isBlank()) {
          throw new IllegalStateException(FILE + ": malformed line: " + line);
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The Markdown table for the rule index. */
  static String table(RuleCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("## Constraints catalogue coverage\n\n");
    md.append("Each entry of the constraints catalogue (`reference/CONSTRAINTS.md`) and the rules ")
        .append("that implement it, or the written reason why not.\n\n");
    md.append("| Catalogue id | Rules | Decision |\n|---|---|---|\n");
    for (Row r : rows(catalog).values()) {
      md.append("| `").append(r.catalogueId()).append("` | ")
          .append(r.ruleIds().isEmpty() ? "none" : String.join(", ", r.ruleIds().stream()
              .map(id -> "[" + id + "](" + id + ".md)").toList()))
          .append(" | ").append(r.decision().isEmpty() ? "implemented" : r.decision())
          .append(" |\n");
    }
    return md.toString();
  }
}
