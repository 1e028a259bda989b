package dev.sagelint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentParserTest {
  private final DocumentParser parser = new DocumentParser();

  private ParseResult parse(String name, String text) {
    return parser.parse(SourceFile.of(name, text));
  }

  private static String at(Span s) {
    return s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
  }

  @Test
  void jsonKeysAndValuesKnowTheirPositions() {
    ParseResult r = parse("a.json", "{\n  \"ModelName\": \"churn\",\n  \"Tags\": [ {\"Key\": 1} ]\n}\n");
    ParsedDocument d = r.documents().get(0);
    ObjectNode root = (ObjectNode) d.root();
    assertEquals("2:3-2:14", at(root.member("ModelName").keySpan()));
    assertEquals("2:16-2:23", at(d.spanOf("/ModelName")));
    assertEquals("3:13-3:23", at(d.spanOf("/Tags/0")));
    assertEquals("3:21-3:22", at(d.spanOf("/Tags/0/Key")));
    assertEquals("1:1-4:2", at(root.span()));
    assertEquals(List.of(), r.problems());
  }

  @Test
  void yamlKeysAndValuesKnowTheirPositions() {
    ParseResult r = parse("a.yaml", "# comment\nModelName: churn\nPrimaryContainer:\n  Image: 'img:1'\n");
    ParsedDocument d = r.documents().get(0);
    assertEquals("2:1-2:10", at(d.keySpanOf("/ModelName")));
    assertEquals("2:12-2:17", at(d.spanOf("/ModelName")));
    assertEquals("4:3-4:8", at(d.keySpanOf("/PrimaryContainer/Image")));
    assertEquals("4:10-4:17", at(d.spanOf("/PrimaryContainer/Image")));
    assertEquals("'img:1'", ((ScalarNode) d.at("/PrimaryContainer/Image")).raw());
  }

  @Test
  void crlfLineEndingsKeepColumnsRight() {
    ParsedDocument d = parse("a.yaml", "A: 1\r\nModelName: churn\r\n").documents().get(0);
    assertEquals("2:12-2:17", at(d.spanOf("/ModelName")));
    ParsedDocument j = parse("a.json", "{\r\n  \"ModelName\": \"x\"\r\n}").documents().get(0);
    assertEquals("2:16-2:19", at(j.spanOf("/ModelName")));
  }

  @Test
  void charactersBeyondTheBmpDoNotShiftYamlPositions() {
    // Regression: the YAML reader counts code points; an emoji in a comment shifted every later
    // offset by one, so `"123"` was read from the wrong text, taken as plain, and became a number.
    String yaml = "# \uD83D\uDE80 deploy\nA: \"123\"\nB: \"\uD83D\uDE80\" # \uD83D\uDE80\nC: [\uD83D\uDE80, x]\n";
    ParseResult r = parse("a.yaml", yaml);
    ParsedDocument d = r.documents().get(0);
    assertEquals("123", ((ScalarNode) d.at("/A")).value());
    assertEquals("\"123\"", ((ScalarNode) d.at("/A")).raw());
    assertEquals("3:4-3:8", at(d.spanOf("/B")));
    assertEquals("4:5-4:7", at(d.spanOf("/C/0")));
    assertEquals("4:9-4:10", at(d.spanOf("/C/1")));
    Finding f = parse("a.yaml", "a: \uD83D\uDE80\uD83D\uDE80 b: c\n").problems().get(0);
    assertEquals("1:10", f.line() + ":" + f.column());
  }

  @Test
  void byteOrderMarkIsIgnored() {
    ParsedDocument d = parse("a.json", "\uFEFF{\"ModelName\": \"x\"}").documents().get(0);
    assertEquals("1:15-1:18", at(d.spanOf("/ModelName")));
  }

  @Test
  void eachYamlDocumentIsParsed() {
    ParseResult r = parse("a.yaml", "ModelName: a\n---\nModelName: b\n");
    assertEquals(2, r.documents().size());
    assertEquals("b", ((ObjectNode) r.documents().get(1).root()).text("ModelName"));
    assertEquals(3, r.documents().get(1).spanOf("/ModelName").startLine());
  }

  @Test
  void duplicateKeysAreReportedAndTheLastWins() {
    ParseResult r = parse("a.json", "{\"a\": 1,\n \"a\": 2}");
    Finding f = r.problems().get(0);
    assertEquals("SM002", f.rule());
    assertEquals("/a", f.pointer());
    assertEquals(2, f.line());
    assertEquals(2, f.column());
    assertEquals(BigInteger.TWO, ((ScalarNode) r.documents().get(0).at("/a")).value());
  }

  @Test
  void syntaxErrorsAreFindingsWithTheirPosition() {
    Finding json = parse("a.json", "{\"a\": [1, 2\n").problems().get(0);
    assertEquals("SM001", json.rule());
    assertEquals(2, json.line());
    Finding yaml = parse("a.yaml", "a: b: c\n").problems().get(0);
    assertEquals("SM001", yaml.rule());
    assertEquals("1:5", yaml.line() + ":" + yaml.column());
    Finding tab = parse("a.yaml", "a:\n\tb: 1\n").problems().get(0);
    assertEquals("2:1", tab.line() + ":" + tab.column());
    assertTrue(tab.message().contains("TAB"), tab.message());
  }

  @Test
  void yamlScalarsFollowTheCoreSchema() {
    ParsedDocument d = parse("a.yaml",
        "a: yes\nb: 0755\nc: 1e3\nd: ~\ne: True\nf: '12'\ng: 0x1F\nh: 99999999999999999999999\n")
        .documents().get(0);
    assertEquals("yes", ((ScalarNode) d.at("/a")).value());
    assertEquals(BigInteger.valueOf(755), ((ScalarNode) d.at("/b")).value());
    assertEquals(new BigDecimal("1e3"), ((ScalarNode) d.at("/c")).value());
    assertNull(((ScalarNode) d.at("/d")).value());
    assertEquals(Boolean.TRUE, ((ScalarNode) d.at("/e")).value());
    assertEquals("12", ((ScalarNode) d.at("/f")).value());
    assertEquals(BigInteger.valueOf(31), ((ScalarNode) d.at("/g")).value());
    assertEquals(new BigInteger("99999999999999999999999"), ((ScalarNode) d.at("/h")).value());
  }

  @Test
  void aliasesShareTheAnchoredNodeAndMergeKeysMerge() {
    ParsedDocument d = parse("a.yaml",
        "base: &b\n  Image: img\n  Mode: SingleModel\ncopy: *b\nmerged:\n  <<: *b\n  Mode: MultiModel\n")
        .documents().get(0);
    assertSame(d.at("/base"), d.at("/copy"));
    assertEquals("img", d.at("/merged/Image").asText());
    assertEquals("MultiModel", d.at("/merged/Mode").asText());
  }

  @Test
  void aliasBombsStopAtTheNodeLimit() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        y.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    ParseResult r = parse("bomb.yaml", y.toString());
    assertEquals("SM003", r.problems().get(0).rule());
    assertTrue(r.problems().get(0).message().contains("100000 values"), r.problems().get(0).message());
  }

  @Test
  void deepNestingStopsAtTheDepthLimitWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Finding json = parse("a.json", deep).problems().get(0);
    assertEquals("SM003", json.rule());
    Finding yaml = parse("a.yaml", deep).problems().get(0);
    assertEquals("SM003", yaml.rule());
  }

  @Test
  void aStringOverTheLengthLimitIsReportedWhereItStarts() {
    // Regression: Jackson raises this limit without a location, which used to crash the parser.
    DocumentParser small = new DocumentParser(new ParseLimits(1 << 20, 16, 100, 1000));
    Finding json = small.parse(SourceFile.of("a.json", "{\n  \"a\": \"" + "x".repeat(101) + "\"}")).problems().get(0);
    assertEquals("SM003 2:8", json.rule() + " " + json.line() + ":" + json.column());
    Finding yaml = small.parse(SourceFile.of("a.yaml", "a: 1\nb: " + "x".repeat(101) + "\n")).problems().get(0);
    assertEquals("SM003 2:4", yaml.rule() + " " + yaml.line() + ":" + yaml.column());
    Finding number = parse("a.json", "{\"a\": " + "9".repeat(1001) + "}").problems().get(0);
    assertEquals("SM003 1:7", number.rule() + " " + number.line() + ":" + number.column());
  }

  @Test
  void numbersThatCannotBeRepresentedAreLimitFindingsNotExceptions() {
    // Regression: an exponent beyond the int range threw NumberFormatException out of the parser,
    // and a YAML number of a million digits took a minute to parse.
    for (String[] c : new String[][] {
        {"a.json", "{\"a\": 1,\n \"b\": 1e99999999999}", "2:7"},
        {"a.json", "{\"a\": -1E-99999999999}", "1:7"},
        {"a.yaml", "a: 1\nb: 1e99999999999\n", "2:4"},
        {"a.yaml", "a: !!float 1e99999999999\n", "1:4"},
        {"a.yaml", "a: " + "9".repeat(1001) + "\n", "1:4"},
        {"a.yaml", "a: 0x" + "f".repeat(1000) + "\n", "1:4"}}) {
      ParseResult r = parse(c[0], c[1]);
      Finding f = r.problems().get(0);
      assertEquals("SM003 " + c[2], f.rule() + " " + f.line() + ":" + f.column(), c[1]);
      assertTrue(f.message().startsWith("The number `"), f.message());
    }
    assertEquals(List.of(), parse("a.yaml", "a: " + "9".repeat(1000) + "\nb: 1e999999999\n").problems());
    assertEquals("x".repeat(1001), parse("a.yaml", "a: " + "x".repeat(1001)).documents().get(0).at("/a").asText());
  }

  @Test
  void emptyInputsHaveNoDocumentsAndNoProblems() {
    assertEquals(0, parse("a.yaml", "").documents().size());
    assertEquals(0, parse("a.yaml", "# only a comment\n").documents().size());
    assertEquals(0, parse("a.json", "").documents().size());
    assertEquals(List.of(), parse("a.json", "  \n").problems());
  }

  @Test
  void customTagsAreReportedNotInstantiated() {
    ParseResult r = parse("a.yaml", "a: !!python/object:os.system ls\nb: !Ref Role\n");
    assertEquals(List.of("SM005", "SM005"), r.problems().stream().map(Finding::rule).toList());
    assertInstanceOf(String.class, ((ScalarNode) r.documents().get(0).at("/a")).value());
  }

  @Test
  void customTagsOnCollectionsAreReportedToo() {
    // Regression: only scalar tags were reported; a tagged mapping or sequence passed silently.
    ParseResult r = parse("a.yaml", "--- !!python/object:os.system\nModelName: m\n"
        + "PrimaryContainer: !!python/object/apply:os.system\n  args: [ls]\nContainers: !Ref [a]\n"
        + "Tags: !!seq [x]\nEnv: !!map {a: b}\n");
    List<String> found = r.problems().stream()
        .map(f -> f.rule() + " " + f.pointer() + " " + f.line() + ":" + f.column()).toList();
    assertEquals(List.of("SM005  1:5", "SM005 /PrimaryContainer 3:19", "SM005 /Containers 5:13"), found);
    assertTrue(r.problems().get(1).message().contains("python/object/apply:os.system"), r.problems().get(1).message());
    assertInstanceOf(ObjectNode.class, r.documents().get(0).at("/PrimaryContainer"));
  }

  @Test
  void controlCharactersInYamlAreReportedWhereTheyAre() {
    // Jackson placed these at 1:1 whatever their position.
    for (String[] c : new String[][] {
        {"ModelName: m\nX: a\u0000b\n", "2:5", "0000"},
        {"ModelName: \"a\u0007b\"\r\n", "1:14", "0007"},
        {"a: b\r\nc: \uD83D\uDE00 \u0001\n", "2:7", "0001"}}) {
      Finding f = parse("a.yaml", c[0]).problems().get(0);
      assertEquals("SM001 " + c[1], f.rule() + " " + f.line() + ":" + f.column());
      assertTrue(f.message().contains("U+" + c[2]), f.message());
    }
  }

  @Test
  void nonStandardJsonNumbersAreSyntaxErrors() {
    assertEquals("SM001", parse("a.json", "{\"a\": NaN}").problems().get(0).rule());
    assertEquals("SM001", parse("a.json", "{\"a\": Infinity}").problems().get(0).rule());
    // Jackson's advice to enable a reader feature means nothing to a sagelint user.
    assertEquals("This is not valid JSON: Non-standard token 'NaN'.",
        parse("a.json", "{\"a\": NaN}").problems().get(0).message());
    assertEquals("This is not valid JSON: unexpected `/`; JSON does not allow comments.",
        parse("a.json", "{\"a\": 1 // no\n}").problems().get(0).message());
  }

  private String problem(String json) {
    var p = parse("a.json", json).problems().get(0);
    return p.rule() + " " + p.line() + ":" + p.column() + " " + p.message();
  }

  @Test
  void issue17ReviewJsonSyntaxErrorsAreSaidInWordsNotJacksonInternals() {
    assertEquals("SM001 1:17 This is not valid JSON: a control character (U+001B) inside a string "
        + "must be escaped as \\u001b.", problem("{\"ModelName\": \"a\u001bb\"}"));
    assertEquals("SM001 1:1 This is not valid JSON: `garbage` is not a JSON value; a value is a "
        + "string in double quotes, a number, an object, an array, true, false or null.",
        problem("garbage\n"));
    assertEquals("SM001 1:14 This is not valid JSON: unexpected `1`; expected a colon between the "
        + "key and its value.", problem("{\"ModelName\" 1}"));
    assertEquals("SM001 1:9 This is not valid JSON: unexpected `\"`; expected a comma between "
        + "members, or `}`.", problem("{\"a\": 1 \"b\": 2}"));
    assertEquals("SM001 1:7 This is not valid JSON: unexpected `]`; expected a value: a string in "
        + "double quotes, a number, an object, an array, true, false or null.", problem("{\"a\": ]}"));
  }
}
