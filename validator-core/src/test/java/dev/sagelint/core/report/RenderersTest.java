package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping and layout details that golden files would show only by accident. */
class RenderersTest {
  private static final Finding TRICKY = new Finding("SM102", Severity.WARNING,
      "50% of `a,b: c` <x> & \"q\"\nline\u0001two", "fix\r\nit", "dir, x/a:b.yaml", "/a", 0, 2, 3, 2, 6, null);

  private static LintResult result(Finding... f) {
    return new LintResult(List.of(new FileResult(f[0].file(), List.of(), List.of(f))));
  }

  private static ReportContext context(SourceLines lines) {
    return ReportContext.of(ApiVersion.V2026_08_07, lines);
  }

  @Test
  void githubEscapesDataAndPropertiesAsTheToolkitDoes() {
    assertEquals("::warning file=dir%2C x/a%3Ab.yaml,line=2,col=3,endLine=2,endColumn=6,title=SM102::"
        + "50%25 of `a,b: c` <x> & \"q\"%0Aline\\u0001two%0Afix%0D%0Ait\n",
        new GithubRenderer().render(result(TRICKY), context(SourceLines.none())));
  }

  @Test
  void gitlabGivesEveryFindingItsOwnLineIndependentFingerprint() {
    Finding first = new Finding("SM102", Severity.ERROR, "Unknown `X`.", "Remove it.", "a.yaml", "/X",
        0, 3, 1, 3, 2, null);
    Finding again = new Finding("SM102", Severity.ERROR, "Unknown `X`.", "Remove it.", "a.yaml", "/X",
        1, 9, 1, 9, 2, null);
    String id = dev.sagelint.core.baseline.Fingerprint.hash(first, "a.yaml");
    String repeat = dev.sagelint.core.baseline.Fingerprint.digest(id + ":2");
    assertEquals("""
        [
          {
            "description": "[SM102] Unknown `X`. Remove it.",
            "check_name": "SM102",
            "fingerprint": "%s",
            "severity": "major",
            "location": {
              "path": "a.yaml",
              "lines": {
                "begin": 3
              }
            }
          },
          {
            "description": "[SM102] Unknown `X`. Remove it.",
            "check_name": "SM102",
            "fingerprint": "%s",
            "severity": "major",
            "location": {
              "path": "a.yaml",
              "lines": {
                "begin": 9
              }
            }
          }
        ]
        """.formatted(id, repeat), new GitlabRenderer().render(result(first, again),
        context(SourceLines.none())));
    // The same finding moved down by an edit keeps its fingerprint: GitLab sees nothing new.
    Finding moved = new Finding("SM102", Severity.ERROR, "Unknown `X`.", "Remove it.", "a.yaml", "/X",
        0, 30, 1, 30, 2, null);
    assertEquals(true, new GitlabRenderer().render(result(moved), context(SourceLines.none()))
        .contains("\"fingerprint\": \"" + id + "\""));
    assertEquals(32, id.length());
    assertEquals(false, id.equals(repeat));
  }

  @Test
  void gitlabMapsSeveritiesAndWritesAnEmptyArrayForNoFindings() {
    Finding warning = new Finding("SM301", Severity.WARNING, "W.", null, "b.json", "", 0, 1, 1, 1, 2, null);
    Finding info = new Finding("SM010", Severity.INFO, "I.", null, "b.json", "", 0, 2, 1, 2, 2, null);
    String out = new GitlabRenderer().render(result(warning, info), context(SourceLines.none()));
    assertEquals(List.of("\"severity\": \"minor\",", "\"severity\": \"info\","),
        out.lines().map(String::strip).filter(l -> l.startsWith("\"severity\"")).toList());
    assertEquals("[]\n", new GitlabRenderer().render(new LintResult(List.of()),
        context(SourceLines.none())));
  }

  @Test
  void checkstyleEscapesAttributesAndReplacesCharactersXmlCannotHold() {
    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="dir, x/a:b.yaml">
            <error line="2" column="3" severity="warning" message="50% of `a,b: c` &lt;x&gt; &amp; &quot;q&quot;&#10;line\uFFFDtwo fix&#13;&#10;it" source="sagelint.SM102"/>
          </file>
        </checkstyle>
        """, new CheckstyleRenderer().render(result(TRICKY), context(SourceLines.none())));
  }

  @Test
  void textPutsCaretsUnderTheSpanKeepingTabsAndUnderlinesMultiLineSpansToTheEndOfTheLine() {
    SourceLines lines = new SourceLines().text("a.yaml", "x: 1\n\tkey: value\nlast: [1,\n  2]\n");
    Finding onTab = new Finding("SM103", Severity.ERROR, "Bad.", "Quote it.", "a.yaml", "/key", 0, 2, 7, 2, 12, null);
    Finding multi = new Finding("SM107", Severity.INFO, "Long.", null, "a.yaml", "/last", 0, 3, 7, 4, 5, null);
    assertEquals("""
        a.yaml:2:7: error [SM103] Bad.
          2 |\t\tkey: value
            | \t     ^^^^^
            = hint: Quote it.

        a.yaml:3:7: info [SM107] Long.
          3 | last: [1,
            |       ^^^

        Found 2 problems (1 error, 1 info) in 1 file. Checked 1 file.
        """.replace("|\t\tkey", "| \tkey"), new TextRenderer().render(result(onTab, multi), context(lines)));
  }

  @Test
  void textNeverEchoesControlCharactersAndKeepsTheCaretsUnderTheSpan() {
    // issue 17 polish: a hostile file's ESC, BEL and CSI reached the terminal raw
    SourceLines lines = new SourceLines().text("e\u001b[2Jvil.yaml",
        "Name: a\u001b]0;x\u0007b \u009b2J\tc\n");
    Finding f = new Finding("SM105", Severity.ERROR, "`a\u001b]0;x\u0007b` is bad.", "Drop \u001b.",
        "e\u001b[2Jvil.yaml", "/Name", 0, 1, 7, 1, 15, null);
    String text = new TextRenderer().render(result(f), context(lines));
    assertEquals("""
        e\\u001b[2Jvil.yaml:1:7: error [SM105] `a\\u001b]0;x\\u0007b` is bad.
          1 | Name: a\\u001b]0;x\\u0007b \\u009b2J\tc
            |       ^^^^^^^^^^^^^^^^^^
            = hint: Drop \\u001b.

        Found 1 problem (1 error) in 1 file. Checked 1 file.
        """, text);
    assertEquals(-1, text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f)
        .findFirst().orElse(-1));
  }

  @Test
  void textShowsAWindowOfAVeryLongLineWithTheCaretsUnderTheColumn() {
    // Minified JSON: one line of 1,000 items; every finding on it would otherwise repeat it whole.
    String line = "{\"Tags\":[" + "1,".repeat(999) + "1]}";
    SourceLines lines = new SourceLines().text("m.json", line + "\n");
    Finding item = new Finding("SM103", Severity.ERROR, "`Tags[500]` must be an object.", null,
        "m.json", "/Tags/500", 0, 1, 1010, 1, 1011, null);
    Finding whole = new Finding("SM208", Severity.ERROR, "No container.", "Add one.", "m.json", "",
        0, 1, 1, 1, line.length() + 1, null);
    assertEquals("""
        m.json:1:1: error [SM208] No container.
          1 | {"Tags":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1...
            | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
            = hint: Add one.

        m.json:1:1010: error [SM103] `Tags[500]` must be an object.
          1 | ...1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,...
            |                                            ^

        Found 2 problems (2 errors) in 1 file. Checked 1 file.
        """, new TextRenderer().render(result(item, whole), context(lines)));
  }

  @Test
  void streamedFormatsPassAFailedWriteOnAsAnIOException() {
    // A full disk while streaming a report must reach AtomicFiles as an IOException (it then
    // deletes the temporary file), not as a Jackson exception the CLI reports as an internal error.
    Finding f = new Finding("SM103", Severity.ERROR, "Bad.", null, "a.yaml", "/x", 0, 1, 1, 1, 2, null);
    List<Finding> many = java.util.Collections.nCopies(2000, f);
    LintResult result = new LintResult(List.of(new FileResult("a.yaml", List.of(), many)));
    for (Renderer r : Renderers.all()) {
      java.io.Writer full = new java.io.Writer() {
        private int written;

        @Override
        public void write(char[] chars, int offset, int length) throws java.io.IOException {
          written += length;
          if (written > 10_000) {
            throw new java.io.IOException("No space left on device");
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
          () -> r.render(result, context(SourceLines.none()), full), r.name());
      assertEquals("No space left on device", e.getMessage(), r.name());
    }
  }

  @Test
  void textColoursOnlyWhenAsked() {
    Finding f = new Finding("SM103", Severity.ERROR, "Bad.", null, "a.yaml", "", 0, 1, 1, 1, 1, null);
    String plain = new TextRenderer().render(result(f), context(SourceLines.none()));
    String coloured = new TextRenderer().render(result(f), context(SourceLines.none()).withColor(true));
    assertEquals(false, plain.contains("\u001b["));
    assertEquals("\u001b[1ma.yaml:1:1:\u001b[0m \u001b[1;31merror\u001b[0m \u001b[2m[SM103]\u001b[0m Bad.",
        coloured.lines().findFirst().orElseThrow());
  }

  @Test
  void summaryCountsFilesAndBaseline() {
    assertEquals("No problems found. Checked 3 files, skipped 2 (not SageMaker specs). 1 known problem hidden by the baseline.",
        TextRenderer.summary(new Summary(5, 2, 0, 0, 0, 0, 1)));
    assertEquals("Found 1 problem (1 warning) in 1 file. Checked 1 file.",
        TextRenderer.summary(new Summary(1, 0, 1, 0, 1, 0, 0)));
  }

  @Test
  void sarifUrisArePercentEncodedAndMessagesAreSentences() {
    assertEquals("my%20specs/a%23b.yaml", SarifRenderer.encode("my specs/a#b.yaml"));
    assertEquals("Bad value.", SarifRenderer.sentence("Bad value"));
    assertEquals("Did you mean `x`?", SarifRenderer.sentence("Did you mean `x`?"));
  }
}
