package dev.sagelint.core.baseline;

import dev.sagelint.core.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What identifies a finding across runs, for baselines and SARIF's {@code partialFingerprints}:
 * the rule, the file, the JSON Pointer and the message, but never the line or column. Adding a
 * member above a finding moves it down the file without changing what it is about; the pointer
 * says what it is about.
 */
public final class Fingerprint {
  /** "first at 12:5"-style back references move with the lines, so they are masked. */
  private static final Pattern LINE_COLUMN = Pattern.compile("\\b[0-9]+:[0-9]+\\b");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private Fingerprint() {}

  /** The message without line:column references and with runs of blanks collapsed. */
  public static String normalizeMessage(String message) {
    String m = LINE_COLUMN.matcher(message).replaceAll("L:C");
    return BLANKS.matcher(m).replaceAll(" ").trim();
  }

  /** A stable hex digest of the finding's identity, with {@code file} as the file's key. */
  public static String hash(Finding f, String file) {
    return digest(f.rule() + '\u0000' + file + '\u0000' + f.pointer() + '\u0000'
        + normalizeMessage(f.message()));
  }

  /** The first 128 bits of the SHA-256 of {@code text}, as 32 lower-case hex digits. */
  public static String digest(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
