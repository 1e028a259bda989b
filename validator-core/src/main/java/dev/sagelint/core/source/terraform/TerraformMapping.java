package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ParseResult;
import dev.sagelint.core.parse.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the Terraform AWS provider's SageMaker resources become API requests: which attribute or
 * block is which API member, in which form. The data is generated from the provider schema and
 * the API models (schemas/json/terraform/aws-sagemaker.mapping.json); nothing here is typed by
 * hand, so a provider or API change is one regeneration away.
 */
public final class TerraformMapping {
  static final String RESOURCE = "dev/sagelint/schemas/terraform/aws-sagemaker.mapping.json";

  /** What an attribute or block becomes. */
  public enum Form {
    /** A string, number or boolean. */
    SCALAR,
    /** A list or set of scalars. */
    LIST,
    /** A map of strings, an API map (Environment). */
    MAP,
    /** A map the provider sends as a list of {@code {Key, Value}} (Tags). */
    TAGS,
    /** A block with one item, an API structure. */
    OBJECT,
    /** A repeatable block, an API list of structures. */
    OBJECTS
  }

  /**
   * One attribute or block.
   *
   * @param api the API member it becomes
   * @param computed the provider fills it in when the configuration leaves it out
   * @param generated the value is only a part of what the provider sends ({@code name_prefix})
   * @param required a block the provider requires at least once ({@code production_variants})
   * @param members the block's own attributes and blocks, by Terraform name
   */
  public record Member(String api, Form form, boolean computed, boolean generated,
      boolean required, Map<String, Member> members) {}

  /**
   * One resource type.
   *
   * @param operation the API operation ({@code CreateModel})
   * @param nameMember the member its {@code name} becomes ({@code ModelName})
   */
  public record Resource(String type, String operation, String nameMember,
      Map<String, Member> members) {}

  private static final TerraformMapping INSTANCE = load();

  private final Map<String, Resource> resources;

  private TerraformMapping(Map<String, Resource> resources) {
    this.resources = resources;
  }

  /** The bundled mapping. */
  public static TerraformMapping bundled() {
    return INSTANCE;
  }

  /** The resource of this type, or null when sagelint does not read it. */
  public Resource resource(String type) {
    return resources.get(type);
  }

  /** Every resource type, in the order of the mapping. */
  public Map<String, Resource> resources() {
    return resources;
  }

  private static TerraformMapping load() {
    String text;
    try (InputStream in = TerraformMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " (regenerate the schemas)");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParseResult parsed = new DocumentParser(ParseLimits.DEFAULT).parse(SourceFile.of("mapping.json", text));
    ObjectNode root = (ObjectNode) parsed.documents().get(0).root();
    Map<String, Resource> out = new LinkedHashMap<>();
    for (ObjectNode.Member r : root.object("resources").members()) {
      ObjectNode o = (ObjectNode) r.value();
      out.put(r.key(), new Resource(r.key(), o.text("operation"), o.text("nameMember"),
          members(o.object("members"))));
    }
    return new TerraformMapping(Collections.unmodifiableMap(out));
  }

  private static Map<String, Member> members(ObjectNode o) {
    Map<String, Member> out = new LinkedHashMap<>();
    if (o == null) {
      return out;
    }
    for (ObjectNode.Member m : o.members()) {
      ObjectNode e = (ObjectNode) m.value();
      out.put(m.key(), new Member(e.text("api"),
          Form.valueOf(e.text("form").toUpperCase(java.util.Locale.ROOT)), flag(e, "computed"),
          flag(e, "generated"), flag(e, "required"), Collections.unmodifiableMap(members(e.object("members")))));
    }
    return out;
  }

  private static boolean flag(ObjectNode o, String key) {
    Node n = o.get(key);
    return n != null && Boolean.TRUE.equals(n instanceof dev.sagelint.core.parse.ScalarNode s
        ? s.value() : null);
  }
}
