package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import dev.sagelint.core.rules.hygiene.SchemaTypes;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Numbers that the AWS CLI and SDKs do not send as written: an integer member spelled as a
 * decimal ({@code 1.0}, {@code 1E2}), which they refuse before sending, and a floating-point
 * member beyond the range of an IEEE 754 double, which they read as Infinity.
 */
@RuleInfo(
    id = "SM110",
    title = "Number does not reach AWS as written",
    severity = Severity.ERROR,
    description = """
        Two cases, each reported at the value:

        - an integer member (`InitialInstanceCount`, `VolumeSizeInGB`, ...) whose value is a \
        whole number written as a decimal or with an exponent: `1.0`, `100.0`, `1E2`. A value \
        that is not whole (`1.5`) is SM103's finding, and one outside the member's range \
        (`2147483648`, `1e30`) is SM108's;
        - a floating-point member (`InitialVariantWeight`, `SamplingPercentage`...) whose value \
        is beyond the largest IEEE 754 double (about 1.8e308), such as `1e400`: the CLI and \
        the SDKs read it as Infinity, and Infinity is what AWS would be sent. YAML's plain \
        `.inf` and `.nan` (any case the YAML core schema allows) are floats too, and reach AWS \
        as Infinity and NaN. A value also outside the model's minimum or maximum is SM108's \
        finding.""",
    rationale = """
        JSON Schema counts `1.0` as an integer, but the tools that send a spec do not: the AWS \
        CLI (`--cli-input-json`/`--cli-input-yaml`) and boto3 parse `1.0` and `1E2` as \
        floating-point numbers and their parameter validation refuses a float for an integer \
        member ("Invalid type for parameter ..."), so the request is never sent. The SDKs read \
        JSON and YAML numbers as doubles, so a float member written beyond the double range \
        becomes Infinity before any check: the value AWS would see is not the one in the spec.

        Evidence: documented behaviour of the SDKs' parameter validation and of IEEE 754 \
        parsing; the request fails on the client or carries a value nobody wrote, hence an error.""")
public final class NumberNotAsWritten implements Rule {
  private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

  @Override
  public void check(RuleContext ctx) {
    for (Scalars.At s : Scalars.of(ctx.root())) {
      if (s.node().isNonFinite() && !s.node().hasCustomTag()) {
        nonFinite(ctx, s);
        continue;
      }
      if (!(s.node().value() instanceof BigDecimal value) || s.node().hasCustomTag()) {
        continue;
      }
      JsonNode schema = SchemaTypes.schemaAt(ctx.apiVersion(), ctx.kind(), s.pointer());
      // A member of several types (a response timestamp: string or number) is neither case.
      String type = SchemaTypes.typeOf(schema);
      if (type == null || outsideBounds(schema, value)) {
        continue;
      }
      if (type.equals("integer") && isWhole(value)) {
        ctx.report(s.pointer(), "number.integerAsDecimal", Paths.readable(s.pointer()),
            written(s.node()), value.toBigIntegerExact());
      } else if (type.equals("number") && value.abs().compareTo(DOUBLE_MAX) > 0) {
        ctx.report(s.pointer(), "number.infinite", Paths.readable(s.pointer()), written(s.node()),
            value.signum() < 0 ? "-Infinity" : "Infinity");
      }
    }
  }

  /**
   * YAML's {@code .inf} and {@code .nan} in a floating-point member: the value AWS would receive is
   * Infinity or NaN. An infinity outside the member's bounds is SM108's, as {@code 1e400} is.
   */
  private static void nonFinite(RuleContext ctx, Scalars.At s) {
    JsonNode schema = SchemaTypes.schemaAt(ctx.apiVersion(), ctx.kind(), s.pointer());
    if (!"number".equals(SchemaTypes.typeOf(schema))) {
      return;
    }
    double d = (Double) s.node().value();
    if (!Double.isNaN(d)
        && outsideBounds(schema, d < 0 ? DOUBLE_MAX.negate().subtract(BigDecimal.ONE)
            : DOUBLE_MAX.add(BigDecimal.ONE))) {
      return;
    }
    ctx.report(s.pointer(), "number.nonFinite", Paths.readable(s.pointer()), written(s.node()),
        NumberOutOfRange.awsSpelling(d));
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** Whether SM108 already reports the value (one finding per value, ADR 0005). */
  private static boolean outsideBounds(JsonNode schema, BigDecimal value) {
    JsonNode min = schema.get("minimum");
    JsonNode max = schema.get("maximum");
    return (min != null && min.isNumber() && value.compareTo(min.decimalValue()) < 0)
        || (max != null && max.isNumber() && value.compareTo(max.decimalValue()) > 0);
  }

  private static String written(ScalarNode node) {
    String raw = node.raw();
    return raw == null || raw.isEmpty() || raw.length() > 40 ? node.value().toString() : raw;
  }
}
