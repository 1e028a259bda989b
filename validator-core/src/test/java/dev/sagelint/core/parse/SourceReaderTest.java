package dev.sagelint.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sagelint.core.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() {
    byte[] bytes = "{\n  \"a\": \"x".getBytes(StandardCharsets.UTF_8);
    byte[] withBad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, withBad, 0, bytes.length);
    withBad[bytes.length] = (byte) 0xC3;
    withBad[bytes.length + 1] = (byte) 0x28;
    Finding f = SourceReader.decode("a.json", withBad, false).problem();
    assertEquals("SM004", f.rule());
    assertEquals("2:10", f.line() + ":" + f.column());
  }

  @Test
  void oversizedFilesAreNotRead() throws IOException {
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[2048]);
    Finding f = SourceReader.read(big, "big.json", new ParseLimits(1024, 10, 10, 10), false).problem();
    assertEquals("SM003", f.rule());
  }

  @Test
  void brokenFilesThatDoNotLookLikeSpecsAreSkippedQuietly() throws IOException {
    Path big = dir.resolve("data.json");
    Files.write(big, new byte[2048]);
    assertEquals("too large, and not a SageMaker spec",
        SourceReader.read(big, "data.json", new ParseLimits(1024, 10, 10, 10), true).skipReason());
    byte[] latin1 = "{\"caf\u00e9\": 1}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("not UTF-8, and not a SageMaker spec", SourceReader.decode("x.json", latin1, true).skipReason());
    byte[] spec = "{\"ModelName\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("SM004", SourceReader.decode("m.json", spec, true).problem().rule());
  }

  @Test
  void directoriesAndMissingFilesAreReportedNotThrown() {
    assertEquals("SM004", SourceReader.read(dir, "dir", ParseLimits.DEFAULT, true).problem().rule());
    assertEquals("SM004",
        SourceReader.read(dir.resolve("nope.json"), "nope.json", ParseLimits.DEFAULT, true).problem().rule());
  }

  @Test
  void utf16IsRefusedWithAClearMessage() {
    Finding f = SourceReader.decode("a.json", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, false).problem();
    assertEquals("SM004", f.rule());
    assertNull(SourceReader.decode("a.json", new byte[] {'{', '}'}, true).problem());
  }
}
