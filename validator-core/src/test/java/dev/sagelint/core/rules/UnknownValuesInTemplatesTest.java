package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.testing.DerivedTemplate;
import dev.sagelint.core.testing.Fixture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A value nobody can know before deployment never adds a finding. Each request fixture is written
 * as a JSON template, once with its literal values, then with every scalar, and then with each
 * scalar in turn, replaced by {@code {"Fn::ImportValue": ...}} (unknown to sagelint, but present
 * as a member). The variants may only lose findings: every finding they give must be one of the
 * literal template's (same rule and pointer). What a rule reads with {@code text()} goes silent;
 * what rests on presence (a hostname on some containers, a key set) stays.
 */
class UnknownValuesInTemplatesTest {
  /**
   * Rules that report one inconsistency per place and stop: when an unknown value hides the first,
   * the next, true whatever the unknown value is, shows instead. SM317 reports an inverted
   * Min/MaxInstanceCount range and skips the variant; with MaxInstanceCount unknown, an
   * InitialInstanceCount below MinInstanceCount (wrong for any maximum) is reported instead.
   * A finding of these rules with unknown values is accepted when the literal template has one
   * of the same rule.
   */
  private static final Set<String> ONE_FINDING_PER_PLACE = Set.of("SM317");
  private static final int ALL = -1;
  private static final int NONE = -2;

  @TestFactory
  Stream<DynamicTest> unknownValuesNeverAddAFinding() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Fixture f : Fixture.all()) {
      Optional<DerivedTemplate> derived = DerivedTemplate.of(f);
      if (derived.isEmpty()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(f.toString(), () -> check(f, derived.get())));
    }
    return tests.stream();
  }

  private static void check(Fixture f, DerivedTemplate derived) {
    List<ParsedDocument> documents = new DocumentParser()
        .parse(SourceFile.of(f.name(), DerivedTemplate.readRequest(f.file()))).documents();
    Linter linter = Linter.create(f.options());
    Set<String> literal = keys(linter, template(documents, derived, NONE));
    int scalars = count(documents, derived);
    for (int target = ALL; target < scalars; target++) {
      String variant = template(documents, derived, target);
      Set<String> added = new TreeSet<>(keys(linter, variant));
      added.removeAll(literal);
      added.removeIf(k -> ONE_FINDING_PER_PLACE.contains(k.split(" ")[0])
          && literal.stream().anyMatch(l -> l.startsWith(k.split(" ")[0] + " ")));
      assertEquals(Set.of(), added, "findings only with unknown values, in\n" + variant);
    }
  }

  private static Set<String> keys(Linter linter, String template) {
    Set<String> out = new TreeSet<>();
    for (Finding x : linter.lint(List.of(LintInput.text("t.template.json", template))).findings()) {
      out.add(x.rule() + " " + x.pointer());
    }
    return out;
  }

  private static int count(List<ParsedDocument> documents, DerivedTemplate derived) {
    int[] counter = {0};
    for (ParsedDocument d : documents) {
      if (derived.logicalIds().containsKey(d.index())) {
        write(d.root(), new StringBuilder(), counter, NONE);
      }
    }
    return counter[0];
  }

  /** The documents as one JSON template; scalar {@code target} (or ALL, or NONE) unknown. */
  private static String template(List<ParsedDocument> documents, DerivedTemplate derived,
      int target) {
    StringBuilder out = new StringBuilder("{\"Resources\": {");
    int[] counter = {0};
    boolean first = true;
    for (ParsedDocument d : documents) {
      String id = derived.logicalIds().get(d.index());
      Optional<DocumentKind> kind = KindDetector.detect(d.root());
      if (id == null || kind.isEmpty()) {
        continue;
      }
      out.append(first ? "" : ", ").append(quote(id)).append(": {\"Type\": \"")
          .append(kind.get() == DocumentKind.CREATE_MODEL ? "AWS::SageMaker::Model"
              : "AWS::SageMaker::EndpointConfig")
          .append("\", \"Properties\": ");
      write(d.root(), out, counter, target);
      out.append('}');
      first = false;
    }
    return out.append("}}").toString();
  }

  private static void write(Node node, StringBuilder out, int[] counter, int target) {
    if (node instanceof ObjectNode o) {
      out.append('{');
      boolean first = true;
      for (ObjectNode.Member m : o.members()) {
        out.append(first ? "" : ", ").append(quote(m.key())).append(": ");
        write(m.value(), out, counter, target);
        first = false;
      }
      out.append('}');
    } else if (node instanceof ArrayNode a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(a.get(i), out, counter, target);
      }
      out.append(']');
    } else {
      int index = counter[0]++;
      if (target == ALL || target == index) {
        out.append("{\"Fn::ImportValue\": \"shared-value\"}");
      } else {
        out.append(literal(node));
      }
    }
  }

  private static String literal(Node node) {
    Object v = node instanceof ScalarNode s ? s.value() : null;
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean || v instanceof BigInteger || v instanceof BigDecimal
        || v instanceof Integer || v instanceof Long || v instanceof Double) {
      return v.toString();
    }
    return quote(v.toString());
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
