package dev.sagelint.schemas.support;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
* The botocore model read directly with Jackson, independently of the generator's own reader, so the
* tests' expectations come from the model and not from the code under test.
*/
public final class RawModel {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Map<String, RawModel> CACHE = new ConcurrentHashMap<>();

  private final String version;
  private final JsonNode root;
  private final JsonNode shapes;

  private RawModel(String version, JsonNode root) {
    this.version = version;
    this.root = root;
    this.shapes = root.required("shapes");
  }

  /** The model of {@code version} from the shared folder; skips the calling test if it is absent. */
  public static RawModel load(String version) {
    Path file = TestPaths.modelFileOrSkip(version);
    return CACHE.computeIfAbsent(version, v -> new RawModel(v, MAPPER.readTree(file)));
  }

  public String version() {
    return version;
  }

  public JsonNode root() {
    return root;
  }

  public JsonNode shape(String name) {
    return shapes.required(name);
  }

  public String type(String name) {
    return shape(name).required("type").asString();
  }

  /** Structure members in model order: name to shape name. */
  public List<Map.Entry<String, String>> members(String structure) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (var member : shape(structure).path("members").properties()) {
      out.add(Map.entry(member.getKey(), member.getValue().required("shape").asString()));
    }
    return out;
  }

  public Set<String> required(String structure) {
    Set<String> out = new LinkedHashSet<>();
    shape(structure).path("required").forEach(n -> out.add(n.asString()));
    return out;
  }

  public String listMember(String list) {
    return shape(list).required("member").required("shape").asString();
  }

  public String mapKey(String map) {
    return shape(map).required("key").required("shape").asString();
  }

  public String mapValue(String map) {
    return shape(map).required("value").required("shape").asString();
  }

  public Set<String> enumValues(String shape) {
    Set<String> out = new LinkedHashSet<>();
    shape(shape).path("enum").forEach(n -> out.add(n.asString()));
    return out;
  }

  public String pattern(String shape) {
    JsonNode p = shape(shape).get("pattern");
    return p == null ? null : p.asString();
  }

  /** botocore min/max as a whole number (lengths, counts, integer bounds). */
  public OptionalLong min(String shape) {
    JsonNode n = shape(shape).get("min");
    return n == null ? OptionalLong.empty() : OptionalLong.of(n.asLong());
  }

  public OptionalLong max(String shape) {
    JsonNode n = shape(shape).get("max");
    return n == null ? OptionalLong.empty() : OptionalLong.of(n.asLong());
  }

  /**
  * The numeric bound {@code which} ("min" or "max") AWS applies: as written in the model, except that
  * an integer is a 32-bit and a long a 64-bit signed number, so where the model states no bound, or a
  * looser one, the bound is that of the type. Floats and doubles have only the model's bounds.
  */
  public JsonNode bound(String shape, String which) {
    JsonNode written = shape(shape).get(which);
    BigDecimal implicit = switch (type(shape)) {
      case "integer" -> BigDecimal.valueOf(which.equals("min") ? Integer.MIN_VALUE : Integer.MAX_VALUE);
      case "long" -> BigDecimal.valueOf(which.equals("min") ? Long.MIN_VALUE : Long.MAX_VALUE);
      default -> null;
    };
    if (implicit == null) {
      return written;
    }
    if (written == null) {
      return JsonNodeFactory.instance.numberNode(implicit.longValueExact());
    }
    int order = written.decimalValue().compareTo(implicit);
    boolean tighter = which.equals("min") ? order >= 0 : order <= 0;
    return tighter ? written : JsonNodeFactory.instance.numberNode(implicit.longValueExact());
  }

  /** Every shape reachable from {@code root} through members, list members and map keys/values, root included. */
  public Set<String> reachableFrom(String rootShape) {
    Set<String> seen = new java.util.TreeSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(rootShape));
    while (!todo.isEmpty()) {
      String shape = todo.pop();
      if (seen.add(shape)) {
        JsonNode s = shape(shape);
        s.path("members").values().forEach(m -> todo.push(m.required("shape").asString()));
        for (String part : List.of("member", "key", "value")) {
          if (s.has(part)) {
            todo.push(s.required(part).required("shape").asString());
          }
        }
      }
    }
    return seen;
  }

  /** The documentation strings attached to the given shapes and their members: what a schema could leak. */
  public List<String> documentationOf(Set<String> shapeNames) {
    List<String> out = new ArrayList<>();
    for (String name : shapeNames) {
      collectDocs(shape(name), out);
    }
    return out;
  }

  private static void collectDocs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("documentation") && e.getValue().isString()) {
          out.add(e.getValue().asString());
        } else {
          collectDocs(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectDocs(child, out));
    }
  }
}
