package dev.sagelint.core.rules.hygiene;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An unquoted YAML scalar that YAML 1.1 and YAML 1.2 loaders read as different values, where the
 * difference reaches AWS. sagelint itself reads YAML 1.2; {@link Yaml11} gives the other reading.
 */
@RuleInfo(
    id = "SM602",
    title = "Unquoted YAML value that YAML 1.1 loaders read differently",
    severity = Severity.WARNING,
    description = """
        A plain (unquoted) YAML scalar means one thing to YAML 1.2 loaders, which sagelint follows, \
        and another to YAML 1.1 loaders such as PyYAML:

        - `yes`, `no`, `on`, `off` (any case): strings in 1.2, booleans in 1.1;
        - `0755`: 755 in 1.2, octal 493 in 1.1; `08` is 8 in 1.2 and a string in 1.1;
        - `1e3`, `1.5e3`, `-.5`: numbers in 1.2, strings in 1.1 (PyYAML wants a dot and a signed exponent);
        - `1:30`, `1_000`, `0b101`: strings in 1.2, the integers 90, 1000 and 5 in 1.1;
        - `2024-05-01`: a string in 1.2, a date in 1.1;
        - `y`, `n`: strings for PyYAML and 1.2, booleans under the letter of the 1.1 specification \
        (reported as info).

        It reports only where the difference reaches AWS: the YAML 1.2 value fits the member (so \
        the schema rules are silent) and the YAML 1.1 value does not fit it, or is another number. \
        Quoted scalars, tagged scalars, keys and JSON files are never reported; a value the schema \
        rules already reject (an unquoted `on` for a boolean member, say) is left to them.""",
    rationale = """
        Specs are loaded by more than one tool. A Python script that reads the file with PyYAML \
        and passes it to boto3 sends `Tags: [{Key: enabled, Value: on}]` as the boolean `True`, \
        which botocore refuses for a string member, while the AWS CLI, Java tools and sagelint \
        see the string `on`. For numbers the two readings can both be accepted and differ, which \
        is worse: nobody is told. Quoting the value (or writing the number plainly) makes every \
        loader agree.

        Evidence: inferred from the YAML 1.1 and 1.2 specifications and PyYAML's resolver; a \
        warning because the spec works with some loaders.""",
    evidence = "inferred")
public final class YamlVersionDependentScalar implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (ctx.document().source().format() != Format.YAML) {
      return;
    }
    for (Scalars.At s : Scalars.of(ctx.root())) {
      ScalarNode node = s.node();
      String raw = node.raw();
      if (node.tag() != null || raw.isEmpty() || "\"'|>".indexOf(raw.charAt(0)) >= 0
          || raw.indexOf('\n') >= 0) {
        continue;
      }
      Yaml11.Reading old = Yaml11.read(raw.strip());
      if (old.type() == Yaml11.Type.SPECIAL_FLOAT || sameValue(node.value(), old)) {
        continue;
      }
      String expected = SchemaTypes.typeAt(ctx.apiVersion(), ctx.kind(), s.pointer());
      if (expected == null || !fits(node.value(), expected)) {
        continue;
      }
      String member = Paths.readable(s.pointer());
      String now = describe(node.value());
      String then = describe(old);
      if (old.specOnly()) {
        ctx.report(Severity.INFO, s.pointer(), "yaml.spec", member, raw.strip(), then);
      } else if (fitsOld(old, expected)) {
        ctx.report(s.pointer(), "yaml.value", member, raw.strip(), now, then, plain(node.value()));
      } else if (expected.equals("string")) {
        ctx.report(s.pointer(), "yaml.string", member, raw.strip(), now, then);
      } else {
        ctx.report(s.pointer(), "yaml.number", member, raw.strip(), now, then, plain(node.value()),
            article(expected));
      }
    }
  }

  private static boolean sameValue(Object now, Yaml11.Reading old) {
    return switch (old.type()) {
      case NULL -> now == null;
      case BOOLEAN -> old.value().equals(now);
      case STRING -> old.value().equals(now);
      case INTEGER -> now instanceof BigInteger i && i.equals(old.value());
      case FLOAT -> now instanceof BigDecimal d && d.compareTo((BigDecimal) old.value()) == 0;
      default -> false;
    };
  }

  private static boolean fits(Object value, String type) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> value instanceof BigInteger;
      case "number" -> value instanceof BigInteger || value instanceof BigDecimal;
      case "boolean" -> value instanceof Boolean;
      default -> false;
    };
  }

  private static boolean fitsOld(Yaml11.Reading old, String type) {
    return switch (type) {
      case "string" -> old.type() == Yaml11.Type.STRING;
      case "integer" -> old.type() == Yaml11.Type.INTEGER;
      case "number" -> old.type() == Yaml11.Type.INTEGER || old.type() == Yaml11.Type.FLOAT;
      case "boolean" -> old.type() == Yaml11.Type.BOOLEAN;
      default -> false;
    };
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (value instanceof Boolean b) {
      return "the boolean " + b;
    }
    return value == null ? "null" : "the number " + plain(value);
  }

  private static String describe(Yaml11.Reading r) {
    return switch (r.type()) {
      case TIMESTAMP -> r.value().toString().length() == 10 ? "a date" : "a timestamp";
      default -> describe(r.value());
    };
  }

  private static String plain(Object number) {
    return number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(number);
  }

  private static String article(String type) {
    return type.equals("integer") ? "an integer" : "a " + type;
  }
}
