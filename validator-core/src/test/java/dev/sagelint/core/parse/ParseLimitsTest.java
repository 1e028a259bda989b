package dev.sagelint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit says which one it is and how to raise it; the fixed ones say they are fixed. */
class ParseLimitsTest {
  private static final ParseLimits SMALL = new ParseLimits(4096, 5, 50, 40);
  private final DocumentParser parser = new DocumentParser(SMALL);

  private Finding first(String name, String text) {
    ParseResult r = parser.parse(SourceFile.of(name, text));
    assertEquals(1, r.problems().size(), r.problems().toString());
    Finding f = r.problems().get(0);
    assertEquals("SM003", f.rule());
    return f;
  }

  private static void namesTheKey(Finding f, String key, Object now) {
    assertTrue(f.message().contains("`" + key + "`"), f.message());
    assertTrue(f.hint().contains("`" + key + "` under `limits:` in .sagelint.yaml (it is " + now + " now)"), f.hint());
  }

  @Test
  void depth() {
    for (String name : new String[] {"a.json", "a.yaml"}) {
      namesTheKey(first(name, "[[[[[[[1]]]]]]]"), "max-depth", 5);
    }
  }

  @Test
  void stringLength() {
    namesTheKey(first("a.json", "{\"a\": \"" + "x".repeat(51) + "\"}"), "max-string-length", 50);
    Finding key = first("a.json", "{\"a\": \"b\",\n  \"" + "k".repeat(51) + "\": 1}");
    namesTheKey(key, "max-string-length", 50);
    assertEquals("2:3", key.line() + ":" + key.column(), "at the key, not the value before it");
    Finding yamlKey = first("a.yaml", "a: b\n" + "k".repeat(51) + ": 1\n");
    namesTheKey(yamlKey, "max-string-length", 50);
    assertEquals("2:1", yamlKey.line() + ":" + yamlKey.column());
    namesTheKey(first("a.yaml", "a: " + "x".repeat(51) + "\n"), "max-string-length", 50);
  }

  @Test
  void nodes() {
    namesTheKey(first("a.json", "[" + "1,".repeat(40) + "1]"), "max-nodes", 40);
    namesTheKey(first("a.yaml", "a: &a [1, 2, 3, 4, 5, 6, 7, 8]\nb: [*a, *a, *a, *a, *a]\n"), "max-nodes", 40);
  }

  @Test
  void textLongerThanTheFileLimitHandedInDirectly() {
    Finding json = first("a.json", "[\"" + "x".repeat(40) + "\"" + ", 1".repeat(2100) + "]");
    namesTheKey(json, "max-file-bytes", 4096);
    Finding yaml = first("a.yaml", "a: b\n# " + "x".repeat(5000) + "\n");
    namesTheKey(yaml, "max-file-bytes", 4096);
  }

  @Test
  void fileSize(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"ModelName\": \"" + "x".repeat(5000) + "\"}");
    Finding f = SourceReader.read(big, "big.json", SMALL, false).problem();
    assertEquals("SM003", f.rule());
    namesTheKey(f, "max-file-bytes", 4096);
  }

  @Test
  void numberLengthIsFixedAndSaysSo() {
    Finding f = new DocumentParser().parse(SourceFile.of("a.json", "[" + "9".repeat(1001) + "]")).problems().get(0);
    assertTrue(f.message().contains("1000 characters, a fixed limit"), f.message());
    assertNull(f.hint());
  }

  @Test
  void depthHasACeilingBecauseTheTreeIsWalkedRecursively() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ParseLimits(1024, ParseLimits.MAX_DEPTH_CEILING + 1, 10, 10));
    assertEquals("max-depth can be at most 1000, not 1001", e.getMessage());
  }
}
