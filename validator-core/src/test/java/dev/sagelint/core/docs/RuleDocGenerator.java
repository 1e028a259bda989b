package dev.sagelint.core.docs;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/rules/<ID>.md} and the index {@code docs/rules/README.md} from each rule's
 * {@code @RuleInfo} and its fixtures, so the docs show real findings on real examples. Never edit
 * the output by hand: {@link RuleDocsTest} fails when it is stale. Regenerate with
 * {@code ./mvnw -pl validator-core -am test -Dtest=RuleDocsTest -Dsagelint.updateDocs=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class RuleDocGenerator {
  private RuleDocGenerator() {}

  /** Every generated page, by file name. */
  public static Map<String, String> render(RuleCatalog catalog) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (RuleDescriptor d : catalog.all()) {
      pages.put(d.id() + ".md", page(d));
    }
    pages.put("README.md", index(catalog));
    return pages;
  }

  public static void write(Path dir, Map<String, String> pages) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : pages.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String page(RuleDescriptor d) {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from ").append(d.implementation().getClass().getSimpleName())
        .append(" and its fixtures. Do not edit. -->\n");
    md.append("# ").append(d.id()).append(": ").append(d.title()).append("\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Severity | ").append(severities(d)).append(" |\n");
    md.append("| Documents | ").append(d.kinds().stream().map(DocumentKind::schemaName)
        .collect(Collectors.joining(", "))).append(" |\n");
    md.append("| API versions | ").append(d.versions().stream().map(ApiVersion::id)
        .collect(Collectors.joining(", "))).append(" |\n");
    if (!d.reference().isEmpty()) {
      md.append("| Reference | `").append(d.reference()).append("` in the constraints catalogue |\n");
    }
    if (!d.evidence().isEmpty()) {
      md.append("| Evidence | ").append(d.evidence()).append(" |\n");
    }
    md.append("| Since | ").append(d.since()).append(" |\n\n");
    md.append("## What it finds\n\n").append(d.description()).append("\n\n");
    md.append("## Why it matters\n\n").append(d.rationale()).append("\n\n");
    // The example is a request or template fixture; a rule with Terraform fixtures shows those
    // in a section of their own.
    List<Fixture> all = Fixture.of(d.id());
    List<Fixture> fixtures = all.stream().filter(f -> !isTerraform(f)).toList();
    List<Fixture> terraform = all.stream().filter(RuleDocGenerator::isTerraform).toList();
    Optional<Fixture> bad = fixtures.stream().filter(f -> !f.isGood()).findFirst();
    Optional<Fixture> good = fixtures.stream().filter(Fixture::isGood).findFirst();
    if (bad.isPresent()) {
      md.append("## Example\n\n");
      appendExample(md, d, bad.get());
    }
    if (good.isPresent()) {
      md.append("## Use instead\n\n");
      appendFixture(md, good.get());
    }
    Optional<Fixture> badTf = terraform.stream().filter(f -> !f.isGood()).findFirst();
    Optional<Fixture> goodTf = terraform.stream().filter(Fixture::isGood).findFirst();
    if (badTf.isPresent()) {
      md.append("## In Terraform\n\n");
      appendExample(md, d, badTf.get());
      if (goodTf.isPresent()) {
        md.append("Instead:\n\n");
        appendFixture(md, goodTf.get());
      }
    }
    md.append("## Configuration\n\n");
    md.append("Change its severity or turn it off in `.sagelint.yaml`:\n\n```yaml\nrules:\n  ")
        .append(d.id()).append(": warning   # or off, info, error\n```\n\n");
    md.append("Select or ignore it on the command line with `--select ").append(d.id())
        .append("` / `--ignore ").append(d.id()).append("` (prefixes such as `")
        .append(d.group()).append("` work too).\n");
    return md.toString();
  }

  private static boolean isTerraform(Fixture f) {
    return f.name().endsWith(".tf") || f.name().endsWith(".tf.json");
  }

  /** The fixture and what sagelint reports of this rule on it. */
  private static void appendExample(StringBuilder md, RuleDescriptor d, Fixture bad) {
    appendFixture(md, bad);
    List<Finding> findings = bad.lint().findings().stream()
        .filter(f -> f.rule().equals(d.id())).toList();
    if (!findings.isEmpty()) {
      md.append("sagelint reports:\n\n```text\n");
      for (Finding f : findings) {
        md.append(f.line()).append(':').append(f.column()).append(": ")
            .append(f.severity().label()).append(" [").append(f.rule()).append("] ")
            .append(f.message()).append('\n');
        if (f.hint() != null) {
          md.append("  hint: ").append(f.hint()).append('\n');
        }
      }
      md.append("```\n\n");
    }
  }

  private static void appendFixture(StringBuilder md, Fixture f) {
    String lang = f.name().endsWith(".tf") ? "hcl" : f.name().endsWith(".json") ? "json" : "yaml";
    String text;
    try {
      byte[] bytes = Files.readAllBytes(f.file());
      text = new String(bytes, StandardCharsets.UTF_8);
      if (bytes.length > 4000 || text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
        md.append("The fixture `").append(f.name())
            .append("` is not shown here (too large or not text).\n\n");
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!text.endsWith("\n")) {
      text = text + "\n";
    }
    md.append("```").append(lang).append('\n').append(text).append("```\n\n");
  }

  private static String severities(RuleDescriptor d) {
    Map<Severity, List<String>> byLevel = new LinkedHashMap<>();
    for (ApiVersion v : d.versions()) {
      byLevel.computeIfAbsent(d.severityFor(v), k -> new ArrayList<>()).add(v.id());
    }
    if (byLevel.size() == 1) {
      return byLevel.keySet().iterator().next().label();
    }
    return byLevel.entrySet().stream()
        .map(e -> e.getKey().label() + " (" + String.join(", ", e.getValue()) + ")")
        .collect(Collectors.joining(", "));
  }

  static String index(RuleCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from the rule catalogue. Do not edit. -->\n");
    md.append("# sagelint rules\n\n");
    md.append("Ids are stable and grouped by prefix: `SM0` input, `SM1` schema keywords, ")
        .append("`SM2` CreateModel, `SM3` CreateEndpointConfig, `SM4` across documents, ")
        .append("`SM5` both request kinds, `SM6` authoring hygiene, `SM9` sagelint itself.\n\n");
    md.append("| Id | Severity | Documents | Title |\n|---|---|---|---|\n");
    for (RuleDescriptor d : catalog.all()) {
      md.append("| [").append(d.id()).append("](").append(d.id()).append(".md) | ")
          .append(severities(d)).append(" | ")
          .append(d.kinds().size() == DocumentKind.values().length ? "all"
              : d.kinds().stream().map(DocumentKind::schemaName).collect(Collectors.joining(", ")))
          .append(" | ").append(d.title()).append(" |\n");
    }
    md.append('\n').append(CatalogueDecisions.table(catalog));
    return md.toString();
  }
}
