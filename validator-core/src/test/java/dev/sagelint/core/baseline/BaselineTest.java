package dev.sagelint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir
  Path dir;

  private static Finding finding(String file, int line, String rule, String pointer, String message) {
    return new Finding(rule, Severity.ERROR, message, null, file, pointer, 0, line, 3, line, 9, null);
  }

  private static LintResult result(Finding... findings) {
    return new LintResult(List.of(new FileResult("specs/a.yaml", List.of(), List.of(findings))));
  }

  @Test
  void findingsThatOnlyMovedStayHiddenNewOnesAndExtraDuplicatesShow() throws Exception {
    LintResult before = result(
        finding("specs/a.yaml", 3, "SM102", "/X", "`X` is unknown."),
        finding("specs/a.yaml", 7, "SM002", "/Y", "Key `Y` appears twice (first at 5:3)."),
        finding("specs/a.yaml", 9, "SM105", "/Z", "bad"));
    Path file = dir.resolve("ci/baseline.json");
    Baseline.of(before, file, dir).write(file);

    LintResult after = result(
        finding("specs/a.yaml", 13, "SM102", "/X", "`X` is unknown."),
        finding("specs/a.yaml", 17, "SM002", "/Y", "Key `Y` appears  twice (first at 15:3)."),
        finding("specs/a.yaml", 19, "SM105", "/Z", "bad"),
        finding("specs/a.yaml", 20, "SM105", "/Z", "bad"),
        finding("specs/a.yaml", 21, "SM103", "/W", "new"));
    Baseline.Filtered filtered = Baseline.read(file, dir).filter(after);
    assertEquals(3, filtered.hidden());
    assertEquals(List.of("20 SM105", "21 SM103"),
        filtered.result().findings().stream().map(f -> f.line() + " " + f.rule()).toList());
  }

  @Test
  void theFileIsSortedJsonWithPathsRelativeToItsDirectory() throws IOException {
    Path file = dir.resolve("ci/baseline.json");
    LintResult r = new LintResult(List.of(
        new FileResult("specs/b.json", List.of(), List.of(finding("specs/b.json", 1, "SM101", "", "m"))),
        new FileResult("specs/a.yaml", List.of(), List.of(
            finding("specs/a.yaml", 9, "SM105", "/Z", "bad"),
            finding("specs/a.yaml", 8, "SM105", "/Z", "bad")))));
    Baseline.of(r, file, dir).write(file);
    assertEquals("""
        {
          "version": 1,
          "findings": [
            {
              "file": "../specs/a.yaml",
              "rule": "SM105",
              "pointer": "/Z",
              "message": "bad",
              "count": 2
            },
            {
              "file": "../specs/b.json",
              "rule": "SM101",
              "pointer": "",
              "message": "m",
              "count": 1
            }
          ]
        }
        """, Files.readString(file));
  }

  @Test
  void aBaselineWorksFromAnotherWorkingDirectory() throws Exception {
    Path file = dir.resolve("baseline.json");
    Baseline.of(result(finding("specs/a.yaml", 3, "SM102", "/X", "m")), file, dir).write(file);
    Path sub = Files.createDirectories(dir.resolve("specs"));
    LintResult fromSub = new LintResult(List.of(new FileResult("a.yaml", List.of(),
        List.of(finding("a.yaml", 3, "SM102", "/X", "m")))));
    assertEquals(1, Baseline.read(Path.of("../baseline.json"), sub).filter(fromSub).hidden());
  }

  @Test
  void unreadableOrForeignFilesAreErrorsWithTheFileName() throws IOException {
    assertEquals("nope.json: baseline file not found (create it with --write-baseline)",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("nope.json"), dir)).getMessage());
    Files.writeString(dir.resolve("b.json"), "{\"version\": 9, \"findings\": []}");
    assertEquals("b.json: baseline format version 9 is not supported (this sagelint reads version 1)",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("b.json"), dir)).getMessage());
    Files.writeString(dir.resolve("c.json"), "[]");
    assertEquals("c.json: not a sagelint baseline: expected a JSON object with \"version\" and "
        + "\"findings\", as --write-baseline writes it, but the top level is an array",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("c.json"), dir)).getMessage());
  }

  /** Issue 17: Jackson's own words ("start marker at [Source: REDACTED ...]") reached the user. */
  @Test
  void brokenJsonIsReportedWithLineColumnAndNoParserInternals() throws IOException {
    Files.createDirectories(dir.resolve("ci"));
    Files.writeString(dir.resolve("ci/b.json"), "{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a\"\n  ]\n}\n");
    assertEquals("ci/b.json:5:3: cannot read baseline: This is not valid JSON: `]` cannot close an "
        + "object; expected `}`.",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("ci/b.json"), dir)).getMessage());
    Files.writeString(dir.resolve("t.json"), "{\"version\": 1, \"findings\": [");
    assertEquals("t.json:1:29: cannot read baseline: This is not valid JSON: the text ends inside "
        + "an array, before its `]`.",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("t.json"), dir)).getMessage());
    // issue 17 review: the SM001 words, not Jackson's "was expecting (JSON String, Number, ...)".
    Files.writeString(dir.resolve("bl.json"), "garbage\n");
    assertEquals("bl.json:1:1: cannot read baseline: This is not valid JSON: `garbage` is not a JSON "
        + "value; a value is a string in double quotes, a number, an object, an array, true, false "
        + "or null.",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("bl.json"), dir)).getMessage());
  }

  @Test
  void aWrongShapeSaysWhatWasFoundInstead() throws IOException {
    Files.writeString(dir.resolve("e.json"), "");
    assertEquals("e.json: not a sagelint baseline: expected a JSON object with \"version\" and "
        + "\"findings\", as --write-baseline writes it, but the file is empty",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("e.json"), dir)).getMessage());
    Files.writeString(dir.resolve("v.json"), "{\"version\": \"1\", \"findings\": []}");
    assertEquals("v.json: not a sagelint baseline: expected a JSON object with \"version\" and "
        + "\"findings\", as --write-baseline writes it, but \"version\" is not an integer",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("v.json"), dir)).getMessage());
    Files.writeString(dir.resolve("f.json"), "{\"version\": 1}");
    assertEquals("f.json: not a sagelint baseline: expected a JSON object with \"version\" and "
        + "\"findings\", as --write-baseline writes it, but \"findings\" is missing",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("f.json"), dir)).getMessage());
    Files.write(dir.resolve("u.json"), new byte[] {'{', (byte) 0xC3, '}'});
    assertEquals("u.json:1:2: cannot read baseline: The file is not valid UTF-8: bad byte sequence "
        + "at byte offset 1.",
        assertThrows(BaselineException.class, () -> Baseline.read(Path.of("u.json"), dir)).getMessage());
  }

  @Test
  void fingerprintsIgnoreLinesAndBlanksButNotPointerOrRule() {
    Finding a = finding("f", 1, "SM102", "/X", "Key (first at 3:4)  here");
    assertEquals(Fingerprint.hash(a, "f"), Fingerprint.hash(finding("f", 40, "SM102", "/X", "Key (first at 30:4) here"), "f"));
    assertEquals(32, Fingerprint.hash(a, "f").length());
    assertEquals(false, Fingerprint.hash(a, "f").equals(Fingerprint.hash(finding("f", 1, "SM102", "/Y", "Key (first at 3:4)  here"), "f")));
    assertEquals(false, Fingerprint.hash(a, "f").equals(Fingerprint.hash(finding("f", 1, "SM103", "/X", "Key (first at 3:4)  here"), "f")));
  }
}
