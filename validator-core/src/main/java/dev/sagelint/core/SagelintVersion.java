package dev.sagelint.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The version of sagelint, as the build stamped it; shown by {@code --version} and in reports. */
public final class SagelintVersion {
  private static final String VERSION = load();

  private SagelintVersion() {}

  public static String get() {
    return VERSION;
  }

  /**
   * The git commit the build was made from (40 hex digits), or {@code unknown} when it was built
   * without git or outside a repository. Read on demand: only {@code --version} shows it.
   */
  public static String commit() {
    // The resource name is CommitStamp.RESOURCE's, relative to this class's package.
    try (InputStream in = SagelintVersion.class.getResourceAsStream("commit.txt")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = SagelintVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("dev/sagelint/core/version.properties is missing from the build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
