package dev.sagelint.schemas.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
* Builds valid values straight from the model: the minimal value of a shape (only required members,
* lists and maps at their minimum size), the "everything set" value, valid strings and distinct valid map
* keys. Every string is produced by {@link RegexSampler} and therefore checked with {@code matches()}.
*/
public final class ModelValues {

  public static final String TIMESTAMP_ISO = "2026-08-07T12:34:56.789000+00:00";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Families of map keys tried in order; the first whose members all satisfy the key shape is used. */
  private static final List<IntFunction<String>> KEY_FAMILIES = List.of(
      i -> "K" + i, i -> "k" + i, i -> "key" + i, i -> "a" + i, i -> "A" + i, i -> Integer.toString(i),
      i -> "x".repeat(i + 1));

  private final RawModel model;

  public ModelValues(RawModel model) {
    this.model = model;
  }

  /** The smallest valid value of {@code shape}. */
  public JsonNode minimal(String shape) {
    return build(shape, false, new ArrayDeque<>());
  }

  /** A valid value of {@code shape} with every structure member set (recursion cut at the first repeat). */
  public JsonNode everythingSet(String shape) {
    return build(shape, true, new ArrayDeque<>());
  }

  private JsonNode build(String shape, boolean everything, Deque<String> stack) {
    stack.push(shape);
    try {
      return switch (model.type(shape)) {
        case "structure" -> structure(shape, everything, stack);
        case "list" -> {
          ArrayNode array = NODES.arrayNode();
          int count = (int) Math.max(model.min(shape).orElse(0), everything ? 1 : 0);
          for (int i = 0; i < count; i++) {
            array.add(build(model.listMember(shape), everything, stack));
          }
          yield array;
        }
        case "map" -> {
          ObjectNode map = NODES.objectNode();
          int count = (int) Math.max(model.min(shape).orElse(0), everything ? 1 : 0);
          for (String key : validKeys(shape, count)) {
            map.set(key, build(model.mapValue(shape), everything, stack));
          }
          yield map;
        }
        default -> scalar(shape);
      };
    } finally {
      stack.pop();
    }
  }

  private JsonNode structure(String shape, boolean everything, Deque<String> stack) {
    ObjectNode object = NODES.objectNode();
    var required = model.required(shape);
    boolean union = model.shape(shape).path("union").asBoolean(false);
    for (Map.Entry<String, String> member : model.members(shape)) {
      boolean isRequired = required.contains(member.getKey());
      boolean wanted = isRequired
          || (everything && !union)
          || (union && object.isEmpty()); // a union needs exactly one member: the first one
      // Optional members of a shape already being built would recurse forever; leave them out.
      if (wanted && (isRequired || !stack.contains(member.getValue()))) {
        object.set(member.getKey(), build(member.getValue(), everything, stack));
      }
    }
    return object;
  }

  /** A valid scalar: first enum value, shortest pattern match, smallest allowed number, and so on. */
  public JsonNode scalar(String shape) {
    return switch (model.type(shape)) {
      case "string" -> NODES.stringNode(validString(shape));
      case "integer", "long" -> {
        OptionalLong min = model.min(shape);
        OptionalLong max = model.max(shape);
        long v = min.isPresent() ? min.getAsLong() : max.isPresent() ? Math.min(1, max.getAsLong()) : 1;
        yield NODES.numberNode(v);
      }
      case "float", "double" -> {
        JsonNode min = model.bound(shape, "min");
        JsonNode max = model.bound(shape, "max");
        yield min != null ? min.deepCopy() : max != null && max.asDouble() < 1 ? max.deepCopy() : NODES.numberNode(1.0);
      }
      case "boolean" -> NODES.booleanNode(true);
      case "timestamp" -> NODES.stringNode(TIMESTAMP_ISO);
      case "blob" -> NODES.stringNode("AA==");
      default -> throw new IllegalStateException("no scalar value for type " + model.type(shape));
    };
  }

  /** A short valid string of a string shape (enum value, or a pattern match of the least allowed length). */
  public String validString(String shape) {
    var values = model.enumValues(shape);
    if (!values.isEmpty()) {
      return values.iterator().next();
    }
    int min = (int) model.min(shape).orElse(0);
    int max = (int) Math.min(model.max(shape).orElse(RegexSampler.MAX_LENGTH), RegexSampler.MAX_LENGTH);
    String pattern = model.pattern(shape);
    if (pattern == null) {
      return "a".repeat(Math.min(Math.max(min, 1), max));
    }
    RegexSampler sampler = RegexSampler.of(pattern);
    return sampler.shortest(Math.max(min, 1), max)
        .or(() -> sampler.shortest(min, max))
        .orElseThrow(() -> new IllegalStateException("no valid value for " + shape + " (" + pattern + ")"));
  }

  /** {@code count} distinct keys that satisfy the map's key shape, or empty if none of the families fit. */
  public Optional<List<String>> validKeysIfPossible(String mapShape, int count) {
    String keyShape = model.mapKey(mapShape);
    var values = model.enumValues(keyShape);
    if (!values.isEmpty()) {
      return values.size() >= count ? Optional.of(new ArrayList<>(values).subList(0, count)) : Optional.empty();
    }
    ModelOracle oracle = new ModelOracle(model);
    for (IntFunction<String> family : KEY_FAMILIES) {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String key = family.apply(i);
        if (!oracle.stringViolations(keyShape, key).isEmpty()) {
          break;
        }
        keys.add(key);
      }
      if (keys.size() == count) {
        return Optional.of(keys);
      }
    }
    return Optional.empty();
  }

  public List<String> validKeys(String mapShape, int count) {
    return validKeysIfPossible(mapShape, count).orElseThrow(() -> new IllegalStateException(
        "cannot build " + count + " distinct valid keys for map " + mapShape));
  }
}
