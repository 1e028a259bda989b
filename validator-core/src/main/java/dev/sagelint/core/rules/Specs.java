package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference catalogue's helper predicates, shared by rules so each is written once:
 * {@code containers} = PrimaryContainer + Containers, {@code variants} = ProductionVariants +
 * ShadowProductionVariants, {@code instance_types(pv)} = InstanceType + InstancePools[*].InstanceType.
 * Every accessor tolerates wrong types (the schema rules report those) by skipping them.
 */
public final class Specs {
  private Specs() {}

  /** An object found at a pointer. */
  public record At(String pointer, ObjectNode node) {}

  /** A string value found at a pointer. */
  public record Text(String pointer, String value) {}

  /** PrimaryContainer (if an object) followed by each object in Containers. */
  public static List<At> containers(ObjectNode model) {
    List<At> out = new ArrayList<>();
    if (model.object("PrimaryContainer") != null) {
      out.add(new At("/PrimaryContainer", model.object("PrimaryContainer")));
    }
    out.addAll(objects(model, "Containers"));
    return out;
  }

  /** ProductionVariants followed by ShadowProductionVariants. */
  public static List<At> variants(ObjectNode endpointConfig) {
    List<At> out = new ArrayList<>(objects(endpointConfig, "ProductionVariants"));
    out.addAll(objects(endpointConfig, "ShadowProductionVariants"));
    return out;
  }

  /**
   * {@link #variants(ObjectNode)} as the API version sees them: ShadowProductionVariants only where
   * the version has it, so a rule never reports on a list that the schema already flags as unknown.
   */
  public static List<At> variants(ObjectNode endpointConfig, ApiVersion version) {
    if (hasShadowsAndPools(version)) {
      return variants(endpointConfig);
    }
    return objects(endpointConfig, "ProductionVariants");
  }

  /**
   * {@link #instanceTypes(At)} as the API version sees them: InstancePools only where the version
   * has it (see {@link #variants(ObjectNode, ApiVersion)}).
   */
  public static List<Text> instanceTypes(At variant, ApiVersion version) {
    if (hasShadowsAndPools(version)) {
      return instanceTypes(variant);
    }
    String own = variant.node().text("InstanceType");
    return own == null ? List.of() : List.of(new Text(variant.pointer() + "/InstanceType", own));
  }

  /**
   * ShadowProductionVariants (2022) and ProductionVariant.InstancePools (2026) are newer than the
   * 2021-02-22 model; every later bundled model has both.
   */
  private static boolean hasShadowsAndPools(ApiVersion version) {
    return version.compareTo(ApiVersion.V2026_08_07) >= 0;
  }

  /** The objects of an array member, with their pointers; wrong types are skipped. */
  public static List<At> objects(ObjectNode parent, String arrayMember) {
    return objects(parent, "", arrayMember);
  }

  /** Like {@link #objects(ObjectNode, String)} for a parent found at {@code parentPointer}. */
  public static List<At> objects(ObjectNode parent, String parentPointer, String arrayMember) {
    List<At> out = new ArrayList<>();
    ArrayNode array = parent.array(arrayMember);
    if (array == null) {
      return out;
    }
    String base = parentPointer + "/" + arrayMember;
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof ObjectNode o) {
        out.add(new At(base + "/" + i, o));
      }
    }
    return out;
  }

  /** The instance types of a variant: its InstanceType and those of its InstancePools. */
  public static List<Text> instanceTypes(At variant) {
    List<Text> out = new ArrayList<>();
    String own = variant.node().text("InstanceType");
    if (own != null) {
      out.add(new Text(variant.pointer() + "/InstanceType", own));
    }
    for (At pool : objects(variant.node(), variant.pointer(), "InstancePools")) {
      String t = pool.node().text("InstanceType");
      if (t != null) {
        out.add(new Text(pool.pointer() + "/InstanceType", t));
      }
    }
    return out;
  }

  /** True when the member exists and is not JSON null. */
  public static boolean present(ObjectNode o, String member) {
    Node n = o.get(member);
    return n != null && !(n instanceof dev.sagelint.core.parse.ScalarNode s && s.value() == null);
  }
}
