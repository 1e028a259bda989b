package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.Severity;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.suppress.SuppressionEntry;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Property (issue 17): for any spec, overriding the severity of one rule or suppressing it never
 * removes an error finding of another rule. One finding per value (ADR 0020) is the place where a
 * change to one rule could hide another; this checks the whole engine, not that class alone.
 *
 * <p>Each change is compared twice: with the default configuration, and with the rule switched
 * off, where nothing can take another finding's place. The second comparison is what catches a
 * rule declared as a warning standing in for another rule's error even before any change.
 *
 * <p>Specs are the rule fixtures as they are, plus {@value #MUTATED} cases drawn through
 * {@link SpecMutator} from them (seed {@value #SEED}, reproducible). For each spec, every rule that
 * reports on it and every rule that can replace another's finding is tried with each severity, off,
 * a configuration suppression of the whole file, and a {@code disable-file} comment in YAML.
 */
class ConfigurationMonotonicityTest {
  private static final int MUTATED = 100;
  private static final long SEED = 20261202L;
  private static final Path HERE = Path.of("").toAbsolutePath();
  private final Map<LintOptions, Linter> linters = new HashMap<>();

  private record Spec(String name, String text, LintOptions base) {}

  /** An error finding, identified without its line (a comment at the top moves every line). */
  private static String key(Finding f) {
    return f.rule() + " " + f.documentIndex() + " " + f.pointer() + " " + f.column() + " " + f.message();
  }

  @Test
  void changingOneRuleNeverRemovesAnErrorOfAnother() throws IOException {
    List<Spec> specs = specs();
    assertTrue(specs.size() > 300, "specs: " + specs.size());
    List<String> failures = new ArrayList<>();
    int checks = 0;
    for (Spec spec : specs) {
      List<Finding> before = lint(spec.base(), spec.name(), spec.text());
      TreeSet<String> rules = new TreeSet<>(List.of("SM601", "SM502"));
      before.forEach(f -> rules.add(f.rule()));
      for (String rule : rules) {
        Map<String, LintOptions> variants = new LinkedHashMap<>();
        variants.put("default", spec.base());
        for (Severity s : Severity.values()) {
          variants.put(rule + ": " + s.label(), with(spec.base(), rule, RuleSetting.severity(s)));
        }
        variants.put("suppressions: [{path: " + spec.name() + ", rule: " + rule + "}]",
            withSuppression(spec.base(), spec.name(), rule));
        List<Finding> off = lint(with(spec.base(), rule, RuleSetting.off()), spec.name(), spec.text());
        boolean declaredError = declaredError(rule, spec.base());
        for (Map.Entry<String, LintOptions> v : variants.entrySet()) {
          checks++;
          List<Finding> after = lint(v.getValue(), spec.name(), spec.text());
          compare(spec, rule, v.getKey(), before, after, false, failures);
          compare(spec, rule, v.getKey() + "` (against `" + rule + ": off", off, after, declaredError, failures);
        }
        if (spec.name().endsWith(".yaml") && !spec.text().startsWith("%") && !spec.text().startsWith("\uFEFF")) {
          checks++;
          String commented = "# sagelint: disable-file " + rule + "\n" + spec.text();
          List<Finding> after = lint(spec.base(), spec.name(), commented);
          compare(spec, rule, "disable-file comment", before, after, false, failures);
          compare(spec, rule, "disable-file comment` (against `" + rule + ": off", off, after, false, failures);
        }
        if (failures.size() > 10) {
          break;
        }
      }
    }
    System.out.printf("monotonicity: %d specs, %d configuration changes%n", specs.size(), checks);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  /**
   * Fails when an error finding of another rule in {@code before} is missing from {@code after}.
   * With {@code ownErrorExcuses}, a rule declared as an error that reports an error on the same
   * value may stand for it (one finding per value); a rule declared less severe never may.
   */
  private static void compare(Spec spec, String rule, String change, List<Finding> before,
      List<Finding> after, boolean ownErrorExcuses, List<String> failures) {
    Map<String, Integer> remaining = new HashMap<>();
    for (Finding f : after) {
      if (f.severity() == Severity.ERROR && !f.rule().equals(rule)) {
        remaining.merge(key(f), 1, Integer::sum);
      }
    }
    for (Finding f : before) {
      if (f.severity() != Severity.ERROR || f.rule().equals(rule)) {
        continue;
      }
      Integer n = remaining.get(key(f));
      if (n != null && n > 0) {
        remaining.put(key(f), n - 1);
        continue;
      }
      boolean standsFor = ownErrorExcuses && after.stream().anyMatch(g -> g.rule().equals(rule)
          && g.severity() == Severity.ERROR && g.documentIndex() == f.documentIndex()
          && g.pointer().equals(f.pointer()));
      if (!standsFor) {
        failures.add(spec.name() + " with `" + change + "` lost " + f.rule() + " " + f.line() + ":"
            + f.column() + " " + f.pointer() + ": " + f.message());
      }
    }
  }

  private static boolean declaredError(String rule, LintOptions options) {
    return RuleCatalog.defaults().find(rule)
        .map(d -> d.severityFor(options.apiVersion()) == Severity.ERROR).orElse(false);
  }

  private List<Finding> lint(LintOptions options, String name, String text) {
    return linters.computeIfAbsent(options, Linter::create).lintText(name, text).findings();
  }

  private static LintOptions with(LintOptions base, String rule, RuleSetting setting) {
    Map<String, RuleSetting> rules = new HashMap<>(base.rules());
    rules.put(rule, setting);
    return new LintOptions(base.apiVersion(), base.kind(), base.region(), base.account(), base.limits(), base.select(),
        base.ignore(), rules, base.suppressions());
  }

  private static LintOptions withSuppression(LintOptions base, String file, String rule) {
    SuppressionEntry e = new SuppressionEntry(Glob.compile(file), rule, null, "test", HERE, HERE,
        ".sagelint.yaml", Span.FILE);
    return new LintOptions(base.apiVersion(), base.kind(), base.region(), base.account(), base.limits(), base.select(),
        base.ignore(), base.rules(), List.of(e));
  }

  private static List<Spec> specs() throws IOException {
    List<Spec> specs = new ArrayList<>();
    List<Spec> trees = new ArrayList<>();
    for (Fixture f : Fixture.all()) {
      String text = new String(Files.readAllBytes(f.file()), StandardCharsets.UTF_8);
      String name = f.ruleId() + "-" + f.name();
      Spec s = new Spec(name, text, f.options());
      specs.add(s);
      trees.add(s);
    }
    for (int i = 0; i < MUTATED; i++) {
      SpecMutator m = new SpecMutator(SEED * 1_000_003L + i);
      Spec from = trees.get(m.pick(trees.size()));
      Object tree;
      try {
        tree = SpecMutator.model(from.name().endsWith(".json")
            ? JsonMapper.builder().build().readTree(from.text())
            : YAMLMapper.builder().build().readTree(from.text()));
      } catch (RuntimeException e) {
        continue; // a broken fixture: the fixtures themselves already cover it
      }
      Object mutated = m.mutateTree(tree);
      boolean yaml = m.coin(2);
      specs.add(new Spec("mutated-" + i + (yaml ? ".yaml" : ".json"),
          yaml ? SpecMutator.yaml(mutated) : SpecMutator.json(mutated), from.base()));
    }
    return specs;
  }
}
