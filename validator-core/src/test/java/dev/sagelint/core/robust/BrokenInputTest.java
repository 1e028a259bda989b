package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.testing.FindingInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken inputs of issue 7, each read from a file the way the CLI reads it: every one yields
 * findings with a location (or is skipped quietly because it is not a spec), never an exception.
 * Each expectation is the complete list of findings, {@code LINE:COL RULE POINTER}.
 */
class BrokenInputTest {
  private static final Linter DETECTING = Linter.create(LintOptions.defaults());
  private static final Linter AS_MODEL =
      Linter.create(LintOptions.builder().kind(DocumentKind.CREATE_MODEL).build());
  private static final String MODEL_JSON = """
      {
        "ModelName": "churn",
        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/SageMaker",
        "PrimaryContainer": {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"}
      }
      """;
  private static final String MODEL_YAML = """
      ModelName: churn
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMaker
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
      """;

  @TempDir Path dir;

  private List<String> lint(Linter linter, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    LintResult r = linter.lint(List.of(LintInput.file(file, name)));
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> broken = FindingInvariants.violations(r, name, text, ParseLimits.DEFAULT);
    assertEquals(List.of(), broken, name);
    return r.findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.rule() + (f.pointer().isEmpty() ? "" : " " + f.pointer()))
        .toList();
  }

  private List<String> lint(String name, String text) throws IOException {
    return lint(DETECTING, name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void truncatedFiles() throws IOException {
    String json = MODEL_JSON.substring(0, MODEL_JSON.indexOf("\"Image\"") + 5);
    assertEquals(List.of("4:29 SM001"), lint("t.json", json));
    String yaml = MODEL_YAML.replace("Image: 123", "Image: \"123");
    assertEquals(List.of("5:1 SM001"), lint("t.yaml", yaml));
    assertEquals(List.of("1:14 SM001"), lint("u.json", "{\"ModelName\":"));
    assertEquals(List.of(), lint("v.json", "{"), "not a spec: skipped quietly");
  }

  @Test
  void wrongRootTypesAreNotSpecsUnlessAKindIsForced() throws IOException {
    for (String[] c : new String[][] {
        {"a.json", "[1, 2]"}, {"s.json", "\"churn\""}, {"n.json", "null"},
        {"a.yaml", "- ModelName: churn\n"}, {"s.yaml", "churn\n"}, {"n.yaml", "~\n"}}) {
      assertEquals(List.of(), lint(c[0], c[1]), c[0]);
      assertEquals(List.of("1:1 SM103"), lint(AS_MODEL, c[0], c[1].getBytes(StandardCharsets.UTF_8)), c[0]);
    }
  }

  @Test
  void emptyFilesAndFilesWithOnlyCommentsHaveNothingToReport() throws IOException {
    assertEquals(List.of(), lint("e.json", ""));
    assertEquals(List.of(), lint("e.yaml", ""));
    assertEquals(List.of(), lint("c.yaml", "# just a comment\n\n# and another\n"));
    assertEquals(List.of(), lint("d.yaml", "---\n# an empty document\n...\n"));
    assertEquals(List.of(), lint(AS_MODEL, "c.yaml", "# forced, still empty\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void byteOrderMarks() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String bad = MODEL_YAML.replace("churn\n", "churn_model\n");
    assertEquals(List.of("1:12 SM105 /ModelName"), lint(DETECTING, "b.yaml", concat(bom, bad)));
    assertEquals(List.of("2:16 SM105 /ModelName"),
        lint(DETECTING, "b.json", concat(bom, MODEL_JSON.replace("\"churn\"", "\"churn_model\""))));
    byte[] utf16 = ("\uFEFF" + MODEL_JSON).getBytes(StandardCharsets.UTF_16LE);
    assertEquals(List.of("1:1 SM004"), lint(DETECTING, "w.json", utf16));
  }

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() throws IOException {
    byte[] latin1 = MODEL_YAML.replace("churn\n", "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of("1:15 SM004"), lint(DETECTING, "l.yaml", latin1));
    byte[] overlong = concat(new byte[0], "{\"ModelName\": \"a\u0000\"}");
    overlong[16] = (byte) 0xC0;
    assertEquals(List.of("1:17 SM004"), lint(DETECTING, "o.json", concat(overlong, "")));
  }

  @Test
  void binaryFiles() throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    assertEquals(List.of(), lint(DETECTING, "blob.json", noise), "not a spec: skipped quietly");
    byte[] head = "ModelName: churn\nExecutionRoleArn: ".getBytes(StandardCharsets.UTF_8);
    byte[] spec = new byte[head.length + 100];
    System.arraycopy(head, 0, spec, 0, head.length);
    System.arraycopy(noise, 0, spec, head.length, 100);
    List<String> found = lint(DETECTING, "blob.yaml", spec);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).matches("2:\\d+ SM004"), found.toString());
  }

  @Test
  void nulBytes() throws IOException {
    assertEquals(List.of("2:19 SM001"), lint("z.json", MODEL_JSON.replace("churn", "ch\u0000urn")));
    assertEquals(List.of("1:14 SM001"), lint("z.yaml", MODEL_YAML.replace("churn", "ch\u0000urn")));
  }

  @Test
  void crlfLineEndingsKeepColumnsRight() throws IOException {
    String yaml = MODEL_YAML.replace("churn\n", "churn_model\n").replace("\n", "\r\n")
        + "PrimaryContainer2: x\r\n";
    assertEquals(List.of("1:12 SM105 /ModelName", "5:1 SM102 /PrimaryContainer2"), lint("c.yaml", yaml));
    String json = MODEL_JSON.replace("\"churn\"", "\"churn_model\"").replace("\n", "\r\n");
    assertEquals(List.of("2:16 SM105 /ModelName"), lint("c.json", json));
  }

  @Test
  void tabsInYaml() throws IOException {
    assertEquals(List.of("4:1 SM001"), lint("t.yaml", MODEL_YAML.replace("  Image", "\tImage")));
    // A tab inside a value or before a comment is fine YAML.
    assertEquals(List.of(), lint("v.yaml", MODEL_YAML.replace("churn\n", "churn\t# name\n")));
  }

  @Test
  void nanAndInfinity() throws IOException {
    // Jackson places these just after the token.
    assertEquals(List.of("1:28 SM001"), lint("n.json", "{\"ModelName\": \"m\", \"X\": NaN}"));
    assertEquals(List.of("1:34 SM001"), lint("i.json", "{\"ModelName\": \"m\", \"X\": -Infinity}"));
    String ec = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    InstanceType: ml.m5.large\n    InitialInstanceCount: .inf\n    InitialVariantWeight: .nan\n";
    // YAML reads them as floats, as 1e400 and NaN would reach AWS (issue 17 review).
    assertEquals(List.of("6:27 SM108 /ProductionVariants/0/InitialInstanceCount",
        "7:27 SM110 /ProductionVariants/0/InitialVariantWeight"), lint("n.yaml", ec));
  }

  @Test
  void numbersBeyondLongAndDouble() throws IOException {
    String ec = "{\"EndpointConfigName\": \"e\", \"ProductionVariants\": [{\"VariantName\": \"v\", "
        + "\"ModelName\": \"m\", \"InstanceType\": \"ml.m5.large\", \"InitialInstanceCount\": %s, "
        + "\"InitialVariantWeight\": %s}]}";
    // InitialInstanceCount is a 32-bit integer; InitialVariantWeight a float with no maximum, so
    // 1e400 is beyond the double range and reaches AWS as Infinity (SM110, issue 15).
    assertEquals(List.of("1:146 SM108 /ProductionVariants/0/InitialInstanceCount",
        "1:195 SM110 /ProductionVariants/0/InitialVariantWeight"),
        lint("a.json", ec.formatted("99999999999999999999999", "1e400")));
    assertEquals(List.of("1:146 SM108 /ProductionVariants/0/InitialInstanceCount",
        "1:196 SM108 /ProductionVariants/0/InitialVariantWeight"),
        lint("b.json", ec.formatted("-99999999999999999999999", "-1e400")));
    assertEquals(List.of("1:146 SM003"), lint("c.json", ec.formatted("1e99999999999", "1")));
    assertEquals(List.of("1:146 SM003"), lint("d.json", ec.formatted("9".repeat(1001), "1")));
  }

  @Test
  void duplicateKeys() throws IOException {
    assertEquals(List.of("3:3 SM002 /ModelName"),
        lint("d.json", MODEL_JSON.replace("\"ExecutionRoleArn\"", "\"ModelName\": \"churn\",\n  \"ExecutionRoleArn\"")));
    assertEquals(List.of("5:3 SM002 /PrimaryContainer/Image"), lint("d.yaml", MODEL_YAML + "  Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2\n"));
  }

  @Test
  void unknownYamlTagsAreReportedAndNeverInstantiated() throws IOException {
    String yaml = MODEL_YAML.replace("ModelName: churn", "ModelName: !Ref ModelName")
        + "Tags: !!python/object/apply:os.system [\"id\"]\n";
    assertEquals(List.of("1:12 SM005 /ModelName", "5:7 SM005 /Tags", "5:40 SM103 /Tags/0"), lint("t.yaml", yaml));
  }

  @Test
  void anchorsAliasesAndMergeKeys() throws IOException {
    String yaml = """
        ModelName: churn
        ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMaker
        Containers:
          - &base
            Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1
            Mode: Sometimes
          - *base
          - <<: *base
            Mode: SingleModel
        """;
    // The aliased container is the same node; each use's finding is at its alias (ADR 24), not
    // at the anchored text once per use.
    assertEquals(List.of("6:11 SM104 /Containers/0/Mode", "7:5 SM104 /Containers/1/Mode"), lint("a.yaml", yaml));
    assertEquals(List.of("2:19 SM001", "2:19 SM103 /ExecutionRoleArn"),
        lint("u.yaml", "ModelName: m\nExecutionRoleArn: *nowhere\nPrimaryContainer: {Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2}\n"));
  }

  private static byte[] concat(byte[] head, String tail) {
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + t.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(t, 0, out, head.length, t.length);
    return out;
  }
}
