package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.sagelint.schemas.support.BundledValidator;
import dev.sagelint.schemas.support.ConstraintCases;
import dev.sagelint.schemas.support.ConstraintCases.Case;
import dev.sagelint.schemas.support.ConstraintCases.Verdict;
import dev.sagelint.schemas.support.Finding;
import dev.sagelint.schemas.support.ModelOracle;
import dev.sagelint.schemas.support.RawModel;
import dev.sagelint.schemas.support.TestPaths;
import tools.jackson.databind.JsonNode;

/**
* The main proof that the bundled schemas carry the model's constraints: for both versions and all four
* documents, every member reachable from the root and every constraint on it (see {@link ConstraintCases})
* gets a violating and a satisfying document, and networknt's verdict on the bundled schema must equal the
* model oracle's: same instance locations, same keywords.
*/
class ModelDerivedConstraintTest {

  /** Constraints that could not be exercised at all (vacuous ones excluded); kept near zero on purpose. */
  private static final int MAX_SKIPS_PER_VERSION = 5;

  @TestFactory
  Stream<DynamicNode> everyConstraintOfEveryReachableMember() {
    if (!TestPaths.modelsPresent()) {
      // A skipped test case (rather than an aborted factory) so reports show that this proof did not run.
      return Stream.of(DynamicTest.dynamicTest("botocore models", TestPaths::modelsDirOrSkip));
    }
    List<DynamicNode> versions = new ArrayList<>();
    for (String version : BundledSchemas.VERSIONS) {
      RawModel model = RawModel.load(version);
      ModelOracle oracle = new ModelOracle(model);
      List<DynamicNode> kinds = new ArrayList<>();
      int paths = 0;
      int cases = 0;
      int recursionCuts = 0;
      Set<String> covered = new java.util.TreeSet<>();
      Set<String> constrained = new java.util.TreeSet<>();
      Set<String> withSkips = new java.util.TreeSet<>();
      List<ConstraintCases.Skip> skips = new ArrayList<>();
      for (SchemaKind kind : SchemaKind.values()) {
        ConstraintCases.Result result = ConstraintCases.derive(model, kind);
        paths += result.memberPaths;
        cases += result.cases.size();
        recursionCuts += result.recursionCuts;
        result.coveredConstraints().forEach(c -> covered.add(kind.kindName() + c));
        result.constrainedMembers().forEach(m -> constrained.add(kind.kindName() + m));
        result.membersWithSkips().forEach(m -> withSkips.add(kind.kindName() + m));
        skips.addAll(result.skips);
        kinds.add(DynamicContainer.dynamicContainer(kind.kindName(),
            result.cases.stream().map(c -> DynamicTest.dynamicTest(c.shortName(), () -> check(c, oracle)))));
      }
      long vacuous = skips.stream().filter(ConstraintCases.Skip::vacuous).count();
      long skipped = skips.size() - vacuous;
      StringBuilder summary = new StringBuilder();
      summary.append(String.format("[constraint coverage %s] %d member paths in 4 documents (%d recursion cuts);"
              + " %d constrained members: %d fully covered, %d with a skipped constraint;"
              + " %d constraints: %d covered (violating + satisfying value), %d vacuous, %d skipped; %d test cases%n",
          version, paths, recursionCuts, constrained.size(), constrained.size() - withSkips.size(), withSkips.size(),
          covered.size() + skips.size(), covered.size(), vacuous, skipped, cases));
      skips.forEach(s -> summary.append("    ").append(s.vacuous() ? "vacuous: " : "SKIPPED: ").append(s).append('\n'));
      System.out.print(summary);

      kinds.add(DynamicTest.dynamicTest("coverage: at most " + MAX_SKIPS_PER_VERSION + " skipped constraints", () -> {
        assertTrue(skipped <= MAX_SKIPS_PER_VERSION, summary.toString());
        assertTrue(covered.size() > 100, "suspiciously few constraints covered:\n" + summary);
      }));
      versions.add(DynamicContainer.dynamicContainer(version, kinds));
    }
    return versions.stream();
  }

  private static void check(Case c, ModelOracle oracle) {
    for (JsonNode document : c.documents()) {
      Set<Finding> expected = oracle.check(c.kind().rootShape(), document);
      Set<Finding> actual = Finding.of(BundledValidator.validate(c.version(), c.kind(), document));
      if (c.verdict() == Verdict.ACCEPT) {
        assertTrue(expected.isEmpty(), () -> "test derivation bug: the model itself rejects the satisfying"
            + " document " + expected + "\n" + abbreviate(document));
      } else if (!expected.contains(c.target())) {
        fail("test derivation bug: the model does not report " + c.target() + " for the violating document but "
            + expected + "\n" + abbreviate(document));
      }
      assertEquals(expected, actual, () -> "schema verdict differs from the model's for " + c.displayName()
          + "\n" + abbreviate(document));
    }
  }

  private static String abbreviate(JsonNode document) {
    String text = document.toString();
    return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
  }
}
