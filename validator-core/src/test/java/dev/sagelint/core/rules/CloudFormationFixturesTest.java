package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.rules.CloudFormationDifferences.Context;
import dev.sagelint.core.rules.CloudFormationDifferences.Difference;
import dev.sagelint.core.rules.CloudFormationDifferences.Refusal;
import dev.sagelint.core.schema.SchemaKeywordRule;
import dev.sagelint.core.source.cloudformation.CloudFormationTemplates;
import dev.sagelint.core.testing.DerivedTemplate;
import dev.sagelint.core.testing.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule fixture is a CloudFormation fixture too: each request fixture (bad and good) is
 * wrapped into a template mechanically ({@link DerivedTemplate}), linted, and must give exactly
 * the request's findings moved into the template (pointer under {@code /Resources/R/Properties},
 * line and column shifted, message naming the resource), except for the differences listed with
 * their reasons in {@link CloudFormationDifferences}. A meta-test then requires every rule that
 * applies to CreateModel or CreateEndpointConfig to have CloudFormation coverage: a derived or
 * hand-written template ({@code bad-cfn.yaml}) that produces it, and one that is silent.
 */
class CloudFormationFixturesTest {
  private static final Set<DocumentKind> TEMPLATE_KINDS =
      Set.of(DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG);

  /** One derived fixture, linted both ways. */
  record Outcome(Fixture fixture, DerivedTemplate template, List<String> expected,
      List<String> actual, List<Finding> templateFindings, Map<Difference, Integer> used) {
    boolean agrees() {
      return expected.equals(actual);
    }
  }

  private static List<Outcome> outcomes;

  static synchronized List<Outcome> outcomes() {
    if (outcomes == null) {
      List<Outcome> out = new ArrayList<>();
      for (Fixture f : Fixture.all()) {
        DerivedTemplate.of(f).ifPresent(t -> out.add(derive(f, t)));
      }
      outcomes = out;
    }
    return outcomes;
  }

  private static Outcome derive(Fixture f, DerivedTemplate t) {
    Context context = new Context(t, f.options().apiVersion());
    Map<Difference, Integer> used = new EnumMap<>(Difference.class);
    List<Finding> expected = new ArrayList<>();
    List<String> unmovable = new ArrayList<>();
    for (Finding request : f.lint().findings()) {
      Finding moved = t.map(request, f.name());
      if (moved == null) {
        unmovable.add("cannot move into the template: " + render(request));
        continue;
      }
      for (Difference d : Difference.values()) {
        Finding changed = moved == null ? null : d.expected(moved, context);
        if (changed != moved) {
          used.merge(d, 1, Integer::sum);
        }
        moved = changed;
      }
      if (moved != null) {
        expected.add(moved);
      }
    }
    List<Finding> actual = Linter.create(f.options())
        .lint(List.of(LintInput.text(t.name(), t.text()))).findings();
    List<String> expectedLines = new ArrayList<>(unmovable);
    expected.forEach(e -> expectedLines.add(render(e)));
    for (Finding a : actual) {
      if (expectedLines.contains(render(a))) {
        continue;
      }
      for (Difference d : Difference.values()) {
        if (d.accepts(a, context)) {
          used.merge(d, 1, Integer::sum);
          expectedLines.add(render(a));
          break;
        }
      }
    }
    List<String> actualLines = actual.stream().map(CloudFormationFixturesTest::render).sorted().toList();
    return new Outcome(f, t, expectedLines.stream().sorted().toList(), actualLines, actual, used);
  }

  /** Everything a user sees of a finding, so a wrong label or hint fails as a wrong line does. */
  static String render(Finding f) {
    return f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " " + f.rule()
        + " " + f.severity().label() + " " + (f.pointer().isEmpty() ? "\"\"" : f.pointer())
        + " | " + f.message() + " | " + f.hint();
  }

  @TestFactory
  Stream<DynamicTest> everyRequestFixtureGivesTheSameFindingsAsATemplate() {
    return outcomes().stream().map(o -> DynamicTest.dynamicTest(o.fixture().toString(),
        () -> assertEquals(String.join("\n", o.expected()), String.join("\n", o.actual()),
            () -> o.fixture() + " as a template:\n" + o.template().text())));
  }

  @Test
  void everyFixtureNotDerivedHasAJustifiedReason() {
    Map<Refusal, List<String>> refused = refusals();
    assertTrue(refused.values().stream().mapToInt(List::size).sum() < Fixture.all().size() / 4,
        "most fixtures must be derived: " + refused);
  }

  @Test
  void everyDifferenceIsStillNeeded() {
    Map<Difference, Integer> total = new EnumMap<>(Difference.class);
    outcomes().forEach(o -> o.used().forEach((d, n) -> total.merge(d, n, Integer::sum)));
    for (Difference d : Difference.values()) {
      assertTrue(total.containsKey(d), d + " is used by no fixture any more: remove it");
    }
    System.out.println(summary(total));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleOnModelsAndConfigsHasCloudFormationFixtures() {
    RuleCatalog catalog = RuleCatalog.defaults();
    return catalog.all().stream()
        .filter(d -> d.implementation() instanceof Rule
            || d.implementation() instanceof CrossDocumentRule
            || d.implementation() instanceof SchemaKeywordRule)
        .filter(d -> d.kinds().stream().anyMatch(TEMPLATE_KINDS::contains))
        .map(d -> DynamicTest.dynamicTest(d.id(), () -> {
          String exempt = CloudFormationDifferences.NO_TEMPLATE_COVERAGE.get(d.id());
          if (exempt != null) {
            return;
          }
          assertTrue(hasBadTemplate(d.id()), d.id() + " has no template that produces it:"
              + " derive one from a request fixture or write bad-cfn.yaml");
          assertTrue(hasGoodTemplate(d.id()), d.id() + " has no silent template: derive one"
              + " from a good request fixture or write good-cfn.yaml");
        }));
  }

  /** A derived bad fixture of the rule that agrees and produces it, or a hand-written one. */
  private static boolean hasBadTemplate(String rule) {
    boolean derived = outcomes().stream().anyMatch(o -> o.fixture().ruleId().equals(rule)
        && !o.fixture().isGood() && o.agrees()
        && o.templateFindings().stream().anyMatch(f -> f.rule().equals(rule)));
    return derived || handWritten(rule).stream().anyMatch(f -> !f.isGood()
        && f.expectedLines().stream().anyMatch(l -> l.split(" ")[1].equals(rule)));
  }

  /**
   * A derived good fixture of the rule on which the rule is silent as a template, or a
   * hand-written one. The derived template may hold a finding a listed difference admits (SM319's
   * good fixture uses InstancePools, which CloudFormation lacks: SM102), never one of the rule.
   */
  private static boolean hasGoodTemplate(String rule) {
    boolean derived = outcomes().stream().anyMatch(o -> o.fixture().ruleId().equals(rule)
        && o.fixture().isGood() && o.agrees()
        && o.templateFindings().stream().noneMatch(f -> f.rule().equals(rule)));
    return derived || handWritten(rule).stream().anyMatch(Fixture::isGood);
  }

  /** The rule's fixtures that are templates (checked for exact findings by RuleFixturesTest). */
  static List<Fixture> handWritten(String rule) {
    return Fixture.of(rule).stream().filter(CloudFormationFixturesTest::isTemplate).toList();
  }

  private static boolean isTemplate(Fixture f) {
    String text = DerivedTemplate.readRequest(f.file());
    return text != null && new DocumentParser().parse(SourceFile.of(f.name(), text)).documents()
        .stream().anyMatch(CloudFormationTemplates::claims);
  }

  private static Map<Refusal, List<String>> refusals() {
    Map<Refusal, List<String>> out = new TreeMap<>();
    for (Fixture f : Fixture.all()) {
      String reason = DerivedTemplate.refusal(f);
      if (reason != null) {
        out.computeIfAbsent(Refusal.of(reason), r -> new ArrayList<>()).add(f.toString());
      }
    }
    return out;
  }

  /** The numbers the issue notes quote: derived, agreeing unchanged, each difference, refusals. */
  private static String summary(Map<Difference, Integer> total) {
    List<Outcome> all = outcomes();
    long unchanged = all.stream().filter(o -> o.used().isEmpty() && o.agrees()).count();
    StringBuilder s = new StringBuilder("CloudFormation derived fixtures: " + all.size()
        + " derived, " + unchanged + " agree with no difference applied, "
        + all.stream().filter(Outcome::agrees).count() + " agree in all\n");
    for (Difference d : Difference.values()) {
      long fixtures = all.stream().filter(o -> o.used().containsKey(d)).count();
      s.append("  ").append(d).append(": ").append(total.getOrDefault(d, 0)).append(" findings in ")
          .append(fixtures).append(" fixtures\n");
    }
    refusals().forEach((r, fs) -> s.append("  not derived, ").append(r).append(": ")
        .append(fs.size()).append(' ').append(fs).append('\n'));
    return s.toString();
  }

  /** Writes the derived templates to target/ for a reader who wants to see them. */
  @Test
  void derivedTemplatesAreWrittenForInspection() {
    var dir = java.nio.file.Path.of("target/derived-cfn");
    try {
      for (Outcome o : outcomes()) {
        var file = dir.resolve(o.template().name());
        Files.createDirectories(file.getParent());
        Files.writeString(file, o.template().text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(outcomes().size(), outcomes().stream().map(o -> o.template().name())
        .collect(Collectors.toSet()).size(), "derived template names are unique");
  }
}
