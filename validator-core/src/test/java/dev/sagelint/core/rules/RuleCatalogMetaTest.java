package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.testing.Fixture;
import java.util.HashSet;
import java.util.List;
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

  @Test
  void fixtureDirectoriesBelongToRules() {
    Set<String> ids = new HashSet<>();
    RuleCatalog.defaults().all().forEach(d -> ids.add(d.id()));
    for (Fixture f : Fixture.all()) {
      assertTrue(ids.contains(f.ruleId()), "fixture folder for unknown rule " + f.ruleId());
    }
  }
}
