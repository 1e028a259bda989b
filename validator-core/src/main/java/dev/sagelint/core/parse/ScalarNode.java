package dev.sagelint.core.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A string, number, boolean or null. {@code raw} is the exact source text of the scalar (quotes
 * included), which rules need to tell {@code "yes"} from {@code yes} in YAML; {@code tag} is an
 * explicit YAML tag such as {@code !Ref} (never instantiated), or {@code null}.
 *
 * <p>{@code value} is a {@link String}, {@link Boolean}, {@link BigInteger}, {@link BigDecimal}
 * (exact, so numbers beyond double stay exact), a {@link Double} only for YAML's non-finite
 * {@code .inf}, {@code -.inf} and {@code .nan}, or {@code null} for null.
 */
public record ScalarNode(Object value, String raw, String tag, Span span) implements Node {

  @Override
  public String typeName() {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof BigInteger) {
      return "integer";
    }
    return "number";
  }

  /** True when the scalar was written without quotes (YAML plain style, or any JSON non-string). */
  public boolean isPlain() {
    return raw.isEmpty() || (raw.charAt(0) != '"' && raw.charAt(0) != '\'');
  }

  /** True for tags other than the YAML core ones ({@code !Ref}, {@code !!python/object}...). */
  public boolean hasCustomTag() {
    if (tag == null) {
      return false;
    }
    String core = tag.startsWith("tag:yaml.org,2002:") ? tag.substring(18)
        : tag.startsWith("!!") ? tag.substring(2) : null;
    return core == null || !java.util.Set.of("str", "int", "float", "bool", "null").contains(core);
  }

  /** True for YAML's {@code .inf}, {@code -.inf} and {@code .nan}. */
  public boolean isNonFinite() {
    return value instanceof Double d && !Double.isFinite(d);
  }

  public boolean isNumber() {
    return value instanceof BigInteger || value instanceof BigDecimal;
  }
}
