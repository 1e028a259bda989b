package dev.sagelint.core.rules.hygiene;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How a YAML 1.1 loader resolves a plain scalar, following PyYAML's implicit resolvers (the loader
 * boto3 users reach for), plus the single-letter booleans {@code y}/{@code n} that the YAML 1.1
 * specification lists but PyYAML leaves as strings.
 */
final class Yaml11 {
  private Yaml11() {}

  /** The YAML 1.1 reading of a plain scalar. */
  enum Type {
    NULL,
    BOOLEAN,
    INTEGER,
    FLOAT,
    TIMESTAMP,
    STRING,
    /** {@code .inf} / {@code .nan}: a float in both YAML versions, nothing to compare. */
    SPECIAL_FLOAT
  }

  /**
   * A reading: its type and value ({@link Boolean}, {@link BigInteger}, {@link BigDecimal} or the
   * text). {@code specOnly} marks the spec's {@code y}/{@code n}, which PyYAML does not apply.
   */
  record Reading(Type type, Object value, boolean specOnly) {}

  private static final Pattern BOOL =
      Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern TRUE = Pattern.compile("yes|Yes|YES|true|True|TRUE|on|On|ON");
  private static final Pattern SPEC_BOOL = Pattern.compile("[yYnN]");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern FLOAT = Pattern.compile(
      "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?"
          + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?");
  private static final Pattern SEXAGESIMAL_FLOAT =
      Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*");
  private static final Pattern SPECIAL = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:0|[1-9][0-9_]*)");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern SEXAGESIMAL_INT = Pattern.compile("[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern TIMESTAMP = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}"
          + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
          + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

  /** Reads {@code text}, the exact text of a plain scalar. */
  static Reading read(String text) {
    if (NULL.matcher(text).matches()) {
      return new Reading(Type.NULL, null, false);
    }
    if (BOOL.matcher(text).matches()) {
      return new Reading(Type.BOOLEAN, TRUE.matcher(text).matches(), false);
    }
    if (SPEC_BOOL.matcher(text).matches()) {
      return new Reading(Type.BOOLEAN, text.equalsIgnoreCase("y"), true);
    }
    if (SPECIAL.matcher(text).matches()) {
      return new Reading(Type.SPECIAL_FLOAT, text, false);
    }
    if (FLOAT.matcher(text).matches()) {
      return new Reading(Type.FLOAT, new BigDecimal(text.replace("_", "")), false);
    }
    if (SEXAGESIMAL_FLOAT.matcher(text).matches()) {
      return new Reading(Type.FLOAT, sexagesimal(text.replace("_", "")), false);
    }
    if (BINARY.matcher(text).matches()) {
      return integer(text, 2, "0b");
    }
    if (HEX.matcher(text).matches()) {
      return integer(text, 16, "0x");
    }
    if (DECIMAL.matcher(text).matches()) {
      return integer(text, 10, "");
    }
    if (OCTAL.matcher(text).matches()) {
      return integer(text, 8, "0");
    }
    if (SEXAGESIMAL_INT.matcher(text).matches()) {
      return new Reading(Type.INTEGER, sexagesimal(text.replace("_", "")).toBigIntegerExact(), false);
    }
    if (TIMESTAMP.matcher(text).matches()) {
      return new Reading(Type.TIMESTAMP, text, false);
    }
    return new Reading(Type.STRING, text, false);
  }

  private static Reading integer(String text, int radix, String prefix) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    t = t.substring(prefix.length());
    BigInteger v = t.isEmpty() ? BigInteger.ZERO : new BigInteger(t, radix);
    return new Reading(Type.INTEGER, negative ? v.negate() : v, false);
  }

  /** {@code 1:30} is 90 and {@code 1:30.5} is 90.5: base-60 digits, as YAML 1.1 defines them. */
  private static BigDecimal sexagesimal(String text) {
    boolean negative = text.startsWith("-");
    String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    BigDecimal value = BigDecimal.ZERO;
    for (String part : t.split(":")) {
      value = value.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
    }
    return negative ? value.negate() : value;
  }
}
