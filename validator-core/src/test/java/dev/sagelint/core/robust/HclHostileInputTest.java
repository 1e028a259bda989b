package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.HclSpans;
import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import dev.sagelint.core.source.terraform.hcl.HclProblem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bad inputs of issue 14, item 6, for the HCL parser: each ends in a located problem or a
 * clean parse, within a generous hang guard (not a performance assertion: the machines are shared).
 */
class HclHostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  private static HclParseResult parse(String text) {
    HclParseResult r = assertTimeoutPreemptively(HANG_GUARD, () -> HclParser.parse(text));
    assertEquals(List.of(), HclSpans.violations(text, r));
    return r;
  }

  private static String at(HclProblem p) {
    Span s = p.span();
    return p.kind() + " " + s.startLine() + ":" + s.startColumn();
  }

  @Test
  void tenMegabyteStringStopsAtTheStringLimit() {
    String s = "x".repeat(10 * 1024 * 1024);
    HclParseResult r = parse("resource \"aws_sagemaker_model\" \"m\" {\n  name = \"" + s + "\"\n}\n");
    assertEquals(List.of("LIMIT_STRING 2:11"), r.problems().stream().map(HclHostileInputTest::at).toList());
    assertTrue(r.problems().get(0).message().contains("`max-string-length`"));
    r = parse("a = <<EOF\n" + (s + "\n").repeat(1) + "EOF\n");
    assertEquals(List.of("LIMIT_STRING 2:1"), r.problems().stream().map(HclHostileInputTest::at).toList());
    r = parse(s + " = 1\n");
    assertEquals(List.of("LIMIT_STRING 1:1"), r.problems().stream().map(HclHostileInputTest::at).toList());
    // Many short heredoc lines add up to the same limit.
    r = parse("a = <<EOF\n" + "0123456789abcdefghijklmnopqrstuvwxyz\n".repeat(40_000) + "EOF\n");
    assertEquals(List.of("LIMIT_STRING 27029:1"), r.problems().stream().map(HclHostileInputTest::at).toList());
  }

  @Test
  void hundredDeepNestingParsesAndDeeperStopsAtTheDepthLimit() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertEquals(List.of(), parse("a = " + deep + "\n").problems());
    String blocks = "b {\n".repeat(100) + "}\n".repeat(100);
    assertEquals(List.of(), parse(blocks).problems());
    String objects = "{ a = ".repeat(100) + "1" + " }".repeat(100);
    assertEquals(List.of(), parse("a = " + objects + "\n").problems());

    HclParseResult r = parse("a = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    assertEquals(List.of("LIMIT_DEPTH 1:133"), r.problems().stream().map(HclHostileInputTest::at).toList());
    r = parse("a = " + "!".repeat(100_000) + "x\n");
    assertEquals(HclProblem.Kind.LIMIT_DEPTH, r.problems().get(0).kind());
    r = parse("a = " + "\"${".repeat(100_000) + "\n");
    assertEquals(HclProblem.Kind.LIMIT_DEPTH, r.problems().get(0).kind());
    r = parse("b {\n".repeat(100_000));
    assertEquals(List.of("LIMIT_DEPTH 129:3"), r.problems().stream().map(HclHostileInputTest::at).toList());
  }

  @Test
  void theDeepestConfigurableNestingOnASmallStackIsADepthProblem() throws InterruptedException {
    // max-depth may be raised to 1000; on a 512 KiB thread stack some shapes overflow before
    // that. The parser reports the depth instead of failing.
    ParseLimits ceiling = new ParseLimits(16L << 20, ParseLimits.MAX_DEPTH_CEILING, 1_000_000, 100_000);
    List<String> shapes = List.of("[", "(", "{a = ", "\"${", "a[", "f(", "-", "!", "x ? ");
    List<String> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (String shape : shapes) {
      Thread t = new Thread(null, () -> {
        try {
          HclParseResult r = HclParser.parse("x = " + shape.repeat(1_100) + "1\n", ceiling);
          outcomes.add(shape + " " + r.problems().get(0).kind());
        } catch (Throwable e) {
          outcomes.add(shape + " " + e);
        }
      }, "small-stack", 512 * 1024);
      t.start();
      t.join(HANG_GUARD.toMillis());
    }
    assertEquals(shapes.stream().map(s -> s + " LIMIT_DEPTH").toList(), outcomes);
  }

  @Test
  void fiftyThousandBlocks() {
    StringBuilder tf = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      tf.append("resource \"aws_sagemaker_model\" \"m").append(i).append("\" {}\n");
    }
    HclParseResult r = parse(tf.toString());
    assertEquals(List.of(), r.problems());
    assertEquals(50_000, r.body().blocks().size());
    // With one attribute each they pass the node limit (block, attribute, value: three nodes a
    // block): node 100,001 is the attribute of block 33,334.
    tf.setLength(0);
    for (int i = 0; i < 50_000; i++) {
      tf.append("resource \"aws_sagemaker_model\" \"m").append(i).append("\" {\n  name = \"x\"\n}\n");
    }
    r = parse(tf.toString());
    assertEquals(List.of("LIMIT_NODES " + (3 * 33_333 + 2) + ":3"),
        r.problems().stream().map(HclHostileInputTest::at).toList());
    assertEquals(33_333, r.body().blocks().size(), "what was read before the limit is kept");
  }

  @Test
  void binaryDataEndsInBoundedProblems() {
    Random random = new Random(14);
    for (int round = 0; round < 20; round++) {
      byte[] bytes = new byte[1 << 20];
      random.nextBytes(bytes);
      HclParseResult r = parse(new String(bytes, StandardCharsets.ISO_8859_1));
      assertTrue(!r.problems().isEmpty() && r.problems().size() <= HclParser.MAX_ERRORS + 1,
          () -> r.problems().size() + " problems");
    }
    HclParseResult nul = parse("a = 1\n\u0000\u0001\u0002\nb = 2\n");
    assertEquals(List.of("SYNTAX 2:1"), nul.problems().stream().map(HclHostileInputTest::at).toList());
    assertEquals(2, nul.body().attributes().size());
  }

  @Test
  void unterminatedHeredocIsLocatedAtItsOpener() {
    String open = "resource \"x\" \"y\" {\n  policy = <<-POLICY\n";
    HclParseResult r = parse(open + "  line\n".repeat(100_000));
    assertEquals(List.of("SYNTAX 1:18", "SYNTAX 2:12"),
        r.problems().stream().map(HclHostileInputTest::at).toList());
    assertTrue(r.problems().get(1).message().contains("no line `POLICY` ends it"), r.problems().get(1).message());
    // Longer than the string limit, the heredoc stops the parse where it passes the limit.
    r = parse(open + "  line\n".repeat(1_000_000));
    assertEquals(List.of("LIMIT_STRING 142860:1"), r.problems().stream().map(HclHostileInputTest::at).toList());
  }

  @Test
  void unclosedCommentAndStringsAtTheEnd() {
    assertEquals(List.of("SYNTAX 1:7"), parse("a = 1 /* " + "x".repeat(1_000_000)).problems().stream()
        .map(HclHostileInputTest::at).toList());
    assertEquals(List.of("SYNTAX 1:5"), parse("a = \"" + "x".repeat(100_000)).problems().stream()
        .map(HclHostileInputTest::at).toList());
  }
}
