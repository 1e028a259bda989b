package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.testing.Fixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the catalogue honest: every rule is registered once, well-formed, documented, and has a
 * bad fixture that produces it and a good fixture (checked for silence by RuleFixturesTest).
 */
class RuleCatalogMetaTest {
  /**
   * Rules no input can trigger by design, each covered by a unit test instead: SM199 is the
   * fallback for schema keywords the generator does not emit (SchemaFallbackTest), SM900 reports a
   * crashing rule (InternalErrorTest).
   */
  private static final Set<String> NO_FIXTURE_BY_DESIGN = Set.of("SM199", "SM900");

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (RuleDescriptor d : RuleCatalog.defaults().all()) {
      assertTrue(d.id().matches("SM[0-9]{3}"), d.id());
      assertTrue(seen.add(d.id()), "duplicate " + d.id());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsCompleteAndHasFixtures() {
    List<RuleDescriptor> all = RuleCatalog.defaults().all();
    return all.stream().map(d -> DynamicTest.dynamicTest(d.id(), () -> {
      assertFalse(d.title().isBlank(), "title");
      assertFalse(d.title().endsWith("."), "title must not end with a period");
      assertFalse(d.description().isBlank(), "description");
      assertFalse(d.rationale().isBlank(), "rationale");
      if (NO_FIXTURE_BY_DESIGN.contains(d.id())) {
        return;
      }
      List<Fixture> fixtures = Fixture.of(d.id());
      assertTrue(fixtures.stream().anyMatch(Fixture::isGood), d.id() + " needs a good fixture");
      List<Fixture> bad = fixtures.stream().filter(f -> !f.isGood()).toList();
      assertFalse(bad.isEmpty(), d.id() + " needs a bad fixture");
      for (Fixture f : bad) {
        assertTrue(f.expectedLines().stream().anyMatch(l -> l.split(" ")[1].equals(d.id())),
            f + " must expect at least one " + d.id() + " finding");
      }
    }));
  }

  /**
   * The rules front ends report (the {@code template} package), and the front ends each applies
   * to. SM020 is CloudFormation's alone: it is about intrinsic functions, conditions and the
   * template's sections, which Terraform does not have (a .tf or .tf.json that does not parse is
   * SM001, a parser limit SM003). SM410 and SM411 are reported by both front ends.
   */
  private static final Map<String, Set<String>> FRONT_ENDS = Map.of(
      "SM020", Set.of("cloudformation"),
      "SM410", Set.of("cloudformation", "terraform"),
      "SM411", Set.of("cloudformation", "terraform"));

  private static String frontEnd(Fixture f) {
    String n = f.name();
    if (n.endsWith(".tf") || n.endsWith(".tf.json")) {
      return "terraform";
    }
    try {
      String text = java.nio.file.Files.readString(f.file());
      return text.contains("Resources:") || text.contains("\"Resources\"") ? "cloudformation"
          : "request";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyFrontEndRuleHasABadAndAGoodFixtureInEachFrontEndItAppliesTo() {
    Set<String> templateRules = new HashSet<>();
    for (Object rule : dev.sagelint.core.rules.template.TemplateRules.all()) {
      templateRules.add(new RuleDescriptor(rule).id());
    }
    assertEquals(templateRules, FRONT_ENDS.keySet(), "say which front ends a new template rule is for");
    for (Map.Entry<String, Set<String>> e : FRONT_ENDS.entrySet()) {
      for (String frontEnd : List.of("cloudformation", "terraform")) {
        List<Fixture> fixtures = Fixture.of(e.getKey()).stream()
            .filter(f -> frontEnd(f).equals(frontEnd)).toList();
        List<Fixture> bad = fixtures.stream().filter(f -> !f.isGood()).toList();
        if (!e.getValue().contains(frontEnd)) {
          assertEquals(List.of(), bad, e.getKey() + " does not apply to " + frontEnd);
          continue;
        }
        assertTrue(fixtures.stream().anyMatch(Fixture::isGood),
            e.getKey() + " needs a good " + frontEnd + " fixture");
        assertFalse(bad.isEmpty(), e.getKey() + " needs a bad " + frontEnd + " fixture");
        for (Fixture f : bad) {
          assertTrue(f.expectedLines().stream().anyMatch(l -> l.split(" ")[1].equals(e.getKey())),
              f + " must expect at least one " + e.getKey() + " finding");
        }
      }
    }
  }

  @Test
  void fixtureDirectoriesBelongToRules() {
    Set<String> ids = new HashSet<>();
    RuleCatalog.defaults().all().forEach(d -> ids.add(d.id()));
    for (Fixture f : Fixture.all()) {
      assertTrue(ids.contains(f.ruleId()), "fixture folder for unknown rule " + f.ruleId());
    }
  }
}
