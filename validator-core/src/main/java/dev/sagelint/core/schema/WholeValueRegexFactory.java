package dev.sagelint.core.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Java regular expressions with AWS's whole-value semantics. The generated schemas write every
 * botocore pattern as {@code ^(?:P)$} so that any JSON Schema tool anchors it; in Java, though,
 * {@code $} also matches before a final line break, so {@code "name\n"} would pass. For such
 * patterns we match the inner {@code P} with {@link java.util.regex.Matcher#matches()}, which is
 * exactly what the service does. Other patterns keep JSON Schema's search semantics.
 */
final class WholeValueRegexFactory implements RegularExpressionFactory {
  static final WholeValueRegexFactory INSTANCE = new WholeValueRegexFactory();
  private static final String OPEN = "^(?:";
  private static final String CLOSE = ")$";

  private final Map<String, RegularExpression> cache = new ConcurrentHashMap<>();

  @Override
  public RegularExpression getRegularExpression(String regex) {
    return cache.computeIfAbsent(regex, WholeValueRegexFactory::compile);
  }

  private static RegularExpression compile(String regex) {
    if (regex.startsWith(OPEN) && regex.endsWith(CLOSE)) {
      Pattern whole = Pattern.compile(regex.substring(OPEN.length(), regex.length() - CLOSE.length()));
      return value -> whole.matcher(value).matches();
    }
    Pattern search = Pattern.compile(regex);
    return value -> search.matcher(value).find();
  }

  /** The botocore pattern inside an anchored schema pattern, for messages. */
  static String unanchored(String regex) {
    if (regex.startsWith(OPEN) && regex.endsWith(CLOSE)) {
      return regex.substring(OPEN.length(), regex.length() - CLOSE.length());
    }
    return regex;
  }
}
