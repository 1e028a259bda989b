package dev.sagelint.core.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Resolves plain (unquoted) YAML scalars with the YAML 1.2 core schema. Jackson's YAML reader
 * leaves {@code ~}, {@code True} or {@code 0x1F} as strings; sagelint resolves them itself so
 * that what it validates is what a YAML 1.2 loader would hand to the SageMaker API, and says so
 * in its docs. The YAML 1.1 readings (PyYAML's {@code yes}, {@code 0755}) are a rule's business.
 */
final class YamlScalars {
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

  /**
   * Longest number sagelint reads, as for JSON: parsing a BigInteger takes time quadratic in its
   * length, so a megabyte of digits would stall the run for a minute.
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  private YamlScalars() {}

  /**
   * The value of a plain scalar: String, Boolean, BigInteger, BigDecimal, Double (inf/nan) or null.
   *
   * @throws NumberFormatException for a number that cannot be represented: longer than {@value
   *     #MAX_NUMBER_LENGTH} characters, or with an exponent beyond the int range
   */
  static Object resolvePlain(String text) {
    if (NULL.matcher(text).matches()) {
      return null;
    }
    if (TRUE.matcher(text).matches()) {
      return Boolean.TRUE;
    }
    if (FALSE.matcher(text).matches()) {
      return Boolean.FALSE;
    }
    if (text.length() > MAX_NUMBER_LENGTH && isNumber(text)) {
      throw new NumberFormatException("it is longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    if (INT.matcher(text).matches()) {
      return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }
    if (OCT.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 8);
    }
    if (HEX.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 16);
    }
    if (FLOAT.matcher(text).matches()) {
      try {
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        throw new NumberFormatException("its exponent is out of range");
      }
    }
    if (INF.matcher(text).matches()) {
      // A YAML loader (PyYAML, the AWS CLI's) reads a float infinity, and that is what AWS would
      // receive; BigDecimal cannot hold it, so it is the one place a Double appears.
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NAN.matcher(text).matches()) {
      return Double.NaN;
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return INT.matcher(text).matches() || OCT.matcher(text).matches()
        || HEX.matcher(text).matches() || FLOAT.matcher(text).matches();
  }
}
