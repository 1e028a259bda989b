package dev.sagelint.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up user-facing text by stable key. Every message lives in a {@code messages.properties}
 * bundle in the package of the code that reports it (core, schema, and one per rule package), so
 * wording can be reviewed in one file per area and tests can assert that every key exists.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}...; unlike {@link java.text.MessageFormat}, quotes
 * need no escaping, because messages are full of apostrophes and backticks.
 */
public final class Messages {
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /** Formats the message {@code key} from the bundle in {@code anchor}'s package. */
  public static String format(Class<?> anchor, String key, Object... args) {
    String template = template(anchor, key);
    if (template == null) {
      throw new IllegalStateException(
          "missing message '" + key + "' in " + bundlePath(anchor.getPackageName()));
    }
    return substitute(template, args);
  }

  /**
   * The hint that goes with the message {@code key} (the key {@code key.hint}), formatted with the
   * message's arguments, or {@code null} when the message has no hint.
   */
  public static String hint(Class<?> anchor, String key, Object... args) {
    String template = template(anchor, key + ".hint");
    return template == null ? null : substitute(template, args);
  }

  /** The raw template, or {@code null} when the key is not in the bundle. */
  public static String template(Class<?> anchor, String key) {
    return bundle(anchor.getPackageName()).getProperty(key);
  }

  /** All keys of the bundle in {@code anchor}'s package, for meta-tests. */
  public static Properties bundleOf(Class<?> anchor) {
    return bundle(anchor.getPackageName());
  }

  static String substitute(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1) {
          String inner = template.substring(i + 1, close);
          if (inner.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(inner);
            out.append(index < args.length ? String.valueOf(args[index]) : "{" + inner + "}");
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Properties bundle(String packageName) {
    return BUNDLES.computeIfAbsent(packageName, Messages::load);
  }

  private static String bundlePath(String packageName) {
    return packageName.replace('.', '/') + "/messages.properties";
  }

  private static Properties load(String packageName) {
    Properties props = new Properties();
    String path = bundlePath(packageName);
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        // Read as UTF-8: the default ISO-8859-1 would mangle typographic characters.
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return props;
  }
}
