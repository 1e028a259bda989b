package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.hygiene.SchemaTypes;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ScalarNode;
import java.math.BigDecimal;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Schema keywords {@code minimum}, {@code maximum} and their exclusive forms. */
@RuleInfo(
    id = "SM108",
    title = "Number is out of range",
    severity = Severity.ERROR,
    description = """
        A number is below the minimum or above the maximum the API allows, for example \
        `InitialInstanceCount: 0`, a `VolumeSizeInGB` over 512, a serverless `MemorySizeInMB` \
        under 1024, or a data capture sampling percentage over 100. Where the model states no \
        bound, the type's range applies: integer members are 32-bit signed numbers (at most \
        2147483647, so `InitialInstanceCount: 1e30` is out of range) and long members 64-bit.""",
    rationale = """
        AWS checks numeric ranges at request time and fails the call with a ValidationException.""")
public final class NumberOutOfRange extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
  }

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  @Override
  public Described describe(SchemaViolation v) {
    JsonNode min = v.schema() == null ? null : v.schema().get("minimum");
    JsonNode max = v.schema() == null ? null : v.schema().get("maximum");
    // The type's own limit is news only when it is the one broken: `InitialInstanceCount: 0`
    // reads "at least 1", not "from 1 to 2147483647".
    if (typeLimit(min) != null && !v.keyword().equals("minimum")) {
      min = null;
    }
    if (typeLimit(max) != null && !v.keyword().equals("maximum")) {
      max = null;
    }
    if (v.instance() instanceof ScalarNode s && s.value() instanceof Double d
        && "number".equals(SchemaTypes.typeOf(v.schema()))) {
      return new Described(v.pointer(), v.document().spanOf(v.pointer()),
          msg("range.nonFinite", where(v), "`" + s.raw() + "`", StringLength.bounds(min, max),
              awsSpelling(d)), typeRangeHint(v));
    }
    String infinity = infinity(v);
    if (infinity != null) {
      return new Described(v.pointer(), v.document().spanOf(v.pointer()),
          msg("range.infinite", where(v), number(v.instance()), StringLength.bounds(min, max),
              infinity), typeRangeHint(v));
    }
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("range", where(v), number(v.instance()), StringLength.bounds(min, max)), typeRangeHint(v));
  }

  private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

  /** How the SDKs send a non-finite double: {@code Infinity}, {@code -Infinity} or {@code NaN}. */
  static String awsSpelling(double d) {
    return Double.isNaN(d) ? "NaN" : d < 0 ? "-Infinity" : "Infinity";
  }

  /**
   * {@code Infinity} or {@code -Infinity} when the value is a floating-point member's beyond the
   * double range: what AWS would actually be sent (SM110 says it for values within the bounds).
   */
  private static String infinity(SchemaViolation v) {
    if (v.schema() == null || !"number".equals(SchemaTypes.typeOf(v.schema()))
        || !(v.instance() instanceof ScalarNode s) || !(s.value() instanceof BigDecimal value)
        || value.abs().compareTo(DOUBLE_MAX) <= 0) {
      return null;
    }
    return value.signum() < 0 ? "-Infinity" : "Infinity";
  }

  /**
   * A number as the user wrote it: {@code 1e30}, not the {@code 1E+30} of its exact value, which
   * the message would otherwise show for a value that only breaks the type's range.
   */
  private static String number(Node node) {
    if (node instanceof ScalarNode s && s.isNumber() && s.isPlain() && !s.raw().isEmpty()
        && s.raw().length() <= 80) {
      return "`" + s.raw() + "`";
    }
    return show(node);
  }

  /**
   * When the bound broken is that of the member's type (the generator writes the 32-bit range
   * for botocore integers and the 64-bit range for longs where the model gives none), the bare
   * number 2147483647 would puzzle; the hint says where it comes from.
   */
  private static String typeRangeHint(SchemaViolation v) {
    String type = typeLimit(v.keywordValue());
    return type == null ? null
        : msg("range.hint." + type + (v.keyword().equals("minimum") ? ".min" : ".max"));
  }

  /** "int32" or "int64" when {@code bound} is a limit of that type, else null. */
  private static String typeLimit(JsonNode bound) {
    if (bound == null || !bound.isNumber()) {
      return null;
    }
    BigDecimal b = bound.decimalValue();
    if (b.compareTo(INT_MIN) == 0 || b.compareTo(INT_MAX) == 0) {
      return "int32";
    }
    if (b.compareTo(LONG_MIN) == 0 || b.compareTo(LONG_MAX) == 0) {
      return "int64";
    }
    return null;
  }
}
