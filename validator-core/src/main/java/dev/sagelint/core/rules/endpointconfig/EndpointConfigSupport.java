package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.InstanceTypes;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.Specs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Small readers shared by the rules of this package. Like {@link Specs}, they return {@code null}
 * (or false) for absent members and for values of the wrong type, which the schema rules report.
 */
final class EndpointConfigSupport {
  private EndpointConfigSupport() {}

  /** A numeric member (integer or decimal), or {@code null}. */
  static BigDecimal number(ObjectNode o, String member) {
    if (o.get(member) instanceof ScalarNode s) {
      if (s.value() instanceof BigInteger i) {
        return new BigDecimal(i);
      }
      if (s.value() instanceof BigDecimal d) {
        return d;
      }
    }
    return null;
  }

  /**
   * An integer member, or {@code null}: decimals are left to the schema's type check, and so are
   * numbers outside the 32-bit range of the API's integers (SM108). Comparing 1e30 with another
   * member here would be a second finding on a value AWS cannot even read.
   */
  static BigInteger integer(ObjectNode o, String member) {
    return o.get(member) instanceof ScalarNode s && s.value() instanceof BigInteger i
        && i.bitLength() < Integer.SIZE ? i : null;
  }

  /** True when the member is the boolean {@code true}. */
  static boolean isTrue(ObjectNode o, String member) {
    return o.get(member) instanceof ScalarNode s && Boolean.TRUE.equals(s.value());
  }

  /** True when the member is the boolean {@code false}. */
  static boolean isFalse(ObjectNode o, String member) {
    return o.get(member) instanceof ScalarNode s && Boolean.FALSE.equals(s.value());
  }

  /** True when the member is an array with at least one element. */
  static boolean nonEmptyArray(ObjectNode o, String member) {
    return o.array(member) != null && o.array(member).size() > 0;
  }

  /** The string items of an array member with their pointers; other items are skipped. */
  static List<Specs.Text> texts(ObjectNode parent, String parentPointer, String member) {
    if (parent.array(member) == null) {
      return List.of();
    }
    List<Node> items = parent.array(member).items();
    String base = parentPointer + "/" + member;
    return IntStream.range(0, items.size())
        .filter(i -> items.get(i).asText() != null)
        .mapToObj(i -> new Specs.Text(base + "/" + i, items.get(i).asText()))
        .toList();
  }

  /**
   * Whether a list (or what stands for it) holds a value that cannot be known before deployment:
   * the list itself or one of its items is an {@link UnknownNode}.
   */
  static boolean mayHoldUnknown(Node list) {
    return list instanceof UnknownNode
        || list instanceof ArrayNode a && a.items().stream().anyMatch(i -> i instanceof UnknownNode);
  }

  /**
   * Local storage of an instance type, or empty when the type is not one sagelint knows for this
   * API version: misspelt types and types newer than the version are the schema's findings, and
   * a second finding about their storage would only add noise.
   */
  static Optional<InstanceTypes.LocalStorage> localStorage(RuleContext ctx, String instanceType) {
    return ctx.instanceTypes().get(instanceType)
        .filter(f -> f.firstApiVersion()
            .map(v -> ApiVersion.parse(v).compareTo(ctx.apiVersion()) <= 0)
            .orElse(true))
        .map(InstanceTypes.Facts::localStorage);
  }

  /** {@code `ml.g5.xlarge` (ProductionVariants[0].InstanceType)}. */
  static String describe(Specs.Text t) {
    return "`" + t.value() + "` (" + Paths.readable(t.pointer()) + ")";
  }

  /** {@link #describe} of each, joined with commas and a final "and". */
  static String describeAll(List<Specs.Text> texts) {
    List<String> parts = texts.stream().map(EndpointConfigSupport::describe).toList();
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
        + parts.get(parts.size() - 1);
  }

  /** The variant's readable name for messages: {@code ProductionVariants[1] (`canary`)}. */
  static String variantName(Specs.At variant) {
    String name = variant.node().text("VariantName");
    String path = Paths.readable(variant.pointer());
    return name == null ? path : path + " (`" + name + "`)";
  }
}
