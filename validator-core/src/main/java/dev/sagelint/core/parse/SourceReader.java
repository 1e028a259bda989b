package dev.sagelint.core.parse;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file into a {@link SourceFile}, or explains with a finding why it cannot: not a regular
 * file (a FIFO would block forever), over the size limit (checked before reading), unreadable, or
 * not UTF-8 (with the line and column of the first bad byte).
 */
public final class SourceReader {
  private SourceReader() {}

  /**
   * A decoded source, or the finding that says why there is none, or (for a file that is too
   * large or not UTF-8 and does not look like a SageMaker spec) the reason it was skipped.
   */
  public record Outcome(SourceFile source, Finding problem, String skipReason) {
    Outcome(SourceFile source, Finding problem) {
      this(source, problem, null);
    }

    static Outcome skipped(String reason) {
      return new Outcome(null, null, reason);
    }
  }

  private static final int PEEK_BYTES = 64 * 1024;

  /**
   * Reads and decodes {@code path}.
   *
   * @param quietForNonSpecs skip (rather than report) a file that is too large or not UTF-8 when
   *     it does not look like a SageMaker spec
   */
  public static Outcome read(Path path, String displayName, ParseLimits limits, boolean quietForNonSpecs) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return failure(displayName, InputRuleIds.UNREADABLE, "read.unreadable", reason(e));
    }
    if (!attrs.isRegularFile()) {
      return failure(displayName, InputRuleIds.UNREADABLE, "read.notregular");
    }
    if (attrs.size() > limits.maxFileBytes()) {
      if (quietForNonSpecs && !startLooksLikeSpec(path)) {
        return Outcome.skipped("too large, and not a SageMaker spec");
      }
      return tooLarge(displayName, attrs.size(), limits);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Read at most one byte past the limit: the file may have grown since we looked.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      return failure(displayName, InputRuleIds.UNREADABLE, "read.unreadable", reason(e));
    }
    if (bytes.length > limits.maxFileBytes()) {
      return tooLarge(displayName, bytes.length, limits);
    }
    Outcome decoded = decode(displayName, bytes, quietForNonSpecs);
    return decoded.source() == null ? decoded : new Outcome(decoded.source().at(path), null);
  }

  /** Decodes bytes as strict UTF-8 (a leading BOM is dropped). */
  public static Outcome decode(String displayName, byte[] bytes, boolean quietForNonSpecs) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return failure(displayName, InputRuleIds.UNREADABLE, "read.utf16");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      if (quietForNonSpecs
          && !SpecSignature.looksLikeSpec(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))) {
        return Outcome.skipped("not UTF-8, and not a SageMaker spec");
      }
      out.flip();
      return badEncoding(displayName, out, in.position());
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return new Outcome(SourceFile.of(displayName, text), null);
  }

  private static boolean startLooksLikeSpec(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return SpecSignature.looksLikeSpec(new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return true; // cannot tell: report the size problem rather than hide it
    }
  }

  private static Outcome badEncoding(String displayName, CharBuffer decodedSoFar, int byteOffset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decodedSoFar.length(); i++) {
      if (decodedSoFar.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    Span span = new Span(line, column, line, column, decodedSoFar.length(), decodedSoFar.length());
    String message = Messages.format(SourceReader.class, "read.badutf8", byteOffset);
    return new Outcome(null, Finding.at(InputRuleIds.UNREADABLE, Severity.ERROR, message,
        Messages.format(SourceReader.class, "read.badutf8.hint"), displayName, "", 0, span, null));
  }

  private static Outcome tooLarge(String displayName, long size, ParseLimits limits) {
    return new Outcome(null, Finding.at(InputRuleIds.LIMIT, Severity.ERROR,
        Messages.format(SourceReader.class, "read.toolarge", size, limits.maxFileBytes()),
        DocumentParser.raiseHint(ParseLimits.KEY_FILE_BYTES, limits.maxFileBytes()),
        displayName, "", 0, Span.FILE, null));
  }

  private static Outcome failure(String displayName, String rule, String key, Object... args) {
    return new Outcome(null, Finding.at(rule, Severity.ERROR, Messages.format(SourceReader.class, key, args),
        null, displayName, "", 0, Span.FILE, null));
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
  }
}
