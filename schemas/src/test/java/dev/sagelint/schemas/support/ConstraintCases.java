package dev.sagelint.schemas.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import dev.sagelint.schemas.SchemaKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
* Walks every member reachable from a document's root shape and, for every constraint the model puts on
* it, derives a value that breaks exactly that constraint and values that satisfy it, each placed into an
* otherwise minimal valid document. The constraints considered are the JSON type, enum, pattern,
* min/max length, list and map sizes, numeric ranges, map key constraints, required members and the
* closedness of structures.
*/
public final class ConstraintCases {

  public enum Verdict { REJECT, ACCEPT }

  /**
  * One assertion: validating each document must yield exactly what the model oracle says; for
  * {@link Verdict#REJECT} the oracle must also report {@code target}, for ACCEPT nothing at all.
  */
  public record Case(String version, SchemaKind kind, MemberPath path, String constraint, Verdict verdict,
           String valueSummary, List<JsonNode> documents, Finding target) {

    /** Name of the test case; version and document are given by the enclosing containers. */
    public String shortName() {
      return path + " " + constraint + ": " + (verdict == Verdict.REJECT ? "rejects " : "accepts ") + valueSummary;
    }

    public String displayName() {
      return version + " " + kind.kindName() + " " + shortName();
    }
  }

  /** A constraint for which no case was derived; {@code vacuous} when provably no violating value exists. */
  public record Skip(String version, SchemaKind kind, String pointer, String constraint, String reason, boolean vacuous) {
    @Override
    public String toString() {
      return version + " " + kind.kindName() + " " + (pointer.isEmpty() ? "(root)" : pointer) + " " + constraint + ": " + reason;
    }
  }

  /** Everything derived for one document kind of one model version, with coverage counts. */
  public static final class Result {
    public final List<Case> cases = new ArrayList<>();
    public final List<Skip> skips = new ArrayList<>();
    /** Member paths visited (the root is not a member). */
    public int memberPaths;
    /** Paths not walked because the shape already occurs above them (recursive shapes). */
    public int recursionCuts;

    /** (pointer, constraint) pairs with a derived violating value; each also has satisfying cases. */
    public Set<String> coveredConstraints() {
      Set<String> out = new java.util.TreeSet<>();
      cases.stream().filter(c -> c.verdict() == Verdict.REJECT).forEach(c -> out.add(c.path().pointer() + " " + c.constraint()));
      return out;
    }

    public long vacuous() {
      return skips.stream().filter(Skip::vacuous).count();
    }

    public long skipped() {
      return skips.stream().filter(s -> !s.vacuous()).count();
    }

    /** Member paths (root excluded) with at least one constraint besides the JSON type. */
    public Set<String> constrainedMembers() {
      Set<String> out = new java.util.TreeSet<>();
      cases.stream().filter(c -> c.verdict() == Verdict.REJECT && !c.constraint().equals("type"))
          .forEach(c -> out.add(c.path().pointer()));
      skips.forEach(s -> out.add(s.pointer()));
      out.remove("");
      return out;
    }

    /** Constrained members for which some constraint could not be exercised (vacuous ones excepted). */
    public Set<String> membersWithSkips() {
      Set<String> out = new java.util.TreeSet<>();
      skips.stream().filter(s -> !s.vacuous()).forEach(s -> out.add(s.pointer()));
      out.remove("");
      return out;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UNKNOWN_MEMBER = "SagelintUnknownMember";
  private static final String NOT_IN_ENUM = "sagelint-not-an-allowed-value";

  private final RawModel model;
  private final SchemaKind kind;
  private final ModelValues values;
  private final ModelOracle oracle;
  private final Result result = new Result();

  private ConstraintCases(RawModel model, SchemaKind kind) {
    this.model = model;
    this.kind = kind;
    this.values = new ModelValues(model);
    this.oracle = new ModelOracle(model);
  }

  public static Result derive(RawModel model, SchemaKind kind) {
    ConstraintCases cases = new ConstraintCases(model, kind);
    cases.walk(MemberPath.root(kind.rootShape()));
    return cases.result;
  }

  // ------------------------------------------------------------------ walking

  private void walk(MemberPath path) {
    if (!path.steps().isEmpty()) {
      result.memberPaths++;
    }
    deriveCases(path);

    String shape = path.shape();
    switch (model.type(shape)) {
      case "structure" -> {
        for (Map.Entry<String, String> member : model.members(shape)) {
          descend(path, MemberPath.StepKind.MEMBER, member.getKey(), member.getValue());
        }
      }
      case "list" -> descend(path, MemberPath.StepKind.ELEMENT, "0", model.listMember(shape));
      case "map" -> values.validKeysIfPossible(shape, 1).ifPresentOrElse(
          keys -> descend(path, MemberPath.StepKind.ENTRY, keys.get(0), model.mapValue(shape)),
          () -> skip(path, "map values", "no valid key could be built, so values cannot be placed", false));
      default -> {
      }
    }
  }

  private void descend(MemberPath path, MemberPath.StepKind stepKind, String token, String shape) {
    if (path.shapes().contains(shape)) {
      // Recursive shape: its constraints are already exercised at the shallower occurrence.
      result.recursionCuts++;
      return;
    }
    walk(path.then(stepKind, token, shape));
  }

  /** Derives the cases of one path; a path without constraints besides its type still gets a satisfying case. */
  private void deriveCases(MemberPath path) {
    String shape = path.shape();
    String type = model.type(shape);
    typeCases(path, type);
    switch (type) {
      case "string" -> stringCases(path, shape);
      case "integer", "long" -> numberCases(path, shape, true);
      case "float", "double" -> numberCases(path, shape, false);
      case "boolean" -> accept(path, "type", "true and false", List.of(NODES.booleanNode(true), NODES.booleanNode(false)));
      case "timestamp" -> accept(path, "type", "ISO-8601 string and epoch seconds", List.of(
          NODES.stringNode(ModelValues.TIMESTAMP_ISO), NODES.numberNode(1786106096.789), NODES.numberNode(1786106096L)));
      case "list" -> listCases(path, shape);
      case "map" -> mapCases(path, shape);
      case "structure" -> structureCases(path, shape);
      default -> throw new IllegalStateException("no cases for type " + type);
    }
  }

  // ------------------------------------------------------------------ per type

  private void typeCases(MemberPath path, String type) {
    JsonNode wrong = switch (type) {
      case "string", "blob" -> NODES.numberNode(7);
      case "integer", "long", "float", "double" -> NODES.stringNode("7");
      case "boolean" -> NODES.stringNode("true");
      case "timestamp" -> NODES.booleanNode(true);
      case "list" -> NODES.objectNode();
      case "map", "structure" -> NODES.arrayNode();
      default -> throw new IllegalStateException("unknown type " + type);
    };
    reject(path, "type", wrong, Finding.at(path.pointer(), "type"));
    if (type.equals("integer") || type.equals("long")) {
      // A fraction inside the allowed range, so that only the type is wrong. Taken from the bounds
      // the model writes: next to the implicit bound of a long, + 0.5 is lost in a double.
      OptionalLong min = model.min(path.shape());
      OptionalLong max = model.max(path.shape());
      double fraction = min.isPresent() ? min.getAsLong() + 0.5 : max.isPresent() ? max.getAsLong() - 0.5 : 1.5;
      reject(path, "type", NODES.numberNode(fraction), Finding.at(path.pointer(), "type"));
    }
    // The satisfying side of "type" is every ACCEPT case of this path; paths without other
    // constraints get an explicit one below.
  }

  private void stringCases(MemberPath path, String shape) {
    Set<String> allowed = model.enumValues(shape);
    OptionalLong minOpt = model.min(shape);
    OptionalLong maxOpt = model.max(shape);
    int min = (int) minOpt.orElse(0);
    int max = (int) Math.min(maxOpt.orElse(RegexSampler.MAX_LENGTH - 1), RegexSampler.MAX_LENGTH - 1);
    String pattern = model.pattern(shape);
    RegexSampler sampler = pattern == null ? null : RegexSampler.of(pattern);
    int constraints = 0;

    if (!allowed.isEmpty()) {
      constraints++;
      reject(path, "enum", NODES.stringNode(NOT_IN_ENUM), Finding.at(path.pointer(), "enum"));
      List<JsonNode> all = new ArrayList<>();
      allowed.forEach(v -> all.add(NODES.stringNode(v)));
      accept(path, "enum", "all " + allowed.size() + " allowed values", all);
    }
    if (sampler != null) {
      constraints++;
      Optional<String> inside = sampler.shortest(Math.max(min, 1), max).or(() -> sampler.shortest(min, max));
      Optional<String> longest = sampler.longest(min, max);
      Optional<String> bad = sampler.nonMatching(min, max, allowed);
      if (inside.isEmpty()) {
        skip(path, "pattern", "no string of length " + min + ".." + max + " matches " + pattern, false);
      } else if (bad.isEmpty()) {
        boolean universal = sampler.acceptsEverythingFrom(Math.max(min, 0) > 0 ? 1 : 0);
        skip(path, "pattern", universal
            ? "pattern " + pattern + " accepts every string the length limits allow; nothing can violate it"
            : "no non-matching value of length " + min + ".." + max + " found for " + pattern, universal);
        acceptStrings(path, "pattern", inside.get(), longest.orElse(inside.get()));
      } else {
        reject(path, "pattern", NODES.stringNode(bad.get()), Finding.at(path.pointer(), "pattern"));
        acceptStrings(path, "pattern", inside.get(), longest.orElse(inside.get()));
      }
    }
    if (minOpt.isPresent() && min > 0) {
      constraints++;
      String tooShort = sampler == null ? "a".repeat(min - 1)
          : sampler.sampleOfLength(min - 1).orElse(filler(min - 1));
      String atMin = sampler == null ? "a".repeat(min) : sampler.shortest(min, max).orElse(null);
      if (atMin == null) {
        skip(path, "minLength", "no valid string of length >= " + min, false);
      } else {
        reject(path, "minLength", NODES.stringNode(tooShort), Finding.at(path.pointer(), "minLength"));
        acceptStrings(path, "minLength", atMin);
      }
    }
    if (maxOpt.isPresent()) {
      constraints++;
      int limit = (int) maxOpt.getAsLong();
      if (limit + 1 > RegexSampler.MAX_LENGTH) {
        skip(path, "maxLength", "limit " + limit + " beyond the sampler's " + RegexSampler.MAX_LENGTH, false);
      } else {
        String tooLong = sampler == null ? "a".repeat(limit + 1)
            : sampler.sampleOfLength(limit + 1).orElse(filler(limit + 1));
        String atMax = sampler == null ? "a".repeat(limit) : sampler.longest(min, limit).orElse(null);
        if (atMax == null) {
          skip(path, "maxLength", "no valid string of length <= " + limit, false);
        } else {
          reject(path, "maxLength", NODES.stringNode(tooLong), Finding.at(path.pointer(), "maxLength"));
          acceptStrings(path, "maxLength", atMax);
        }
      }
    }
    if (constraints == 0) {
      accept(path, "type", "a string", List.of(NODES.stringNode("any text")));
    }
  }

  /**
  * Used when no matching string of the wanted length exists (e.g. an ARN pattern longer than the minimum
  * length): the value then breaks the pattern as well, and the oracle expects both findings.
  */
  private static String filler(int length) {
    return "a".repeat(Math.max(length, 0));
  }

  private void numberCases(MemberPath path, String shape, boolean whole) {
    int constraints = 0;
    JsonNode min = model.bound(shape, "min");
    JsonNode max = model.bound(shape, "max");
    if (min != null) {
      constraints++;
      // Whole numbers as BigInteger: one below the long range must not wrap around.
      JsonNode below = whole ? NODES.numberNode(min.bigIntegerValue().subtract(java.math.BigInteger.ONE))
          : NODES.numberNode(min.asDouble() - 0.5);
      reject(path, "minimum", below, Finding.at(path.pointer(), "minimum"));
      accept(path, "minimum", render(min), List.of(min.deepCopy()));
    }
    if (max != null) {
      constraints++;
      JsonNode above = whole ? NODES.numberNode(max.bigIntegerValue().add(java.math.BigInteger.ONE))
          : NODES.numberNode(max.asDouble() + 0.5);
      reject(path, "maximum", above, Finding.at(path.pointer(), "maximum"));
      accept(path, "maximum", render(max), List.of(max.deepCopy()));
    }
    if (constraints == 0) {
      accept(path, "type", "a number", List.of(values.scalar(shape)));
    }
  }

  private void listCases(MemberPath path, String shape) {
    int constraints = 0;
    OptionalLong min = model.min(shape);
    OptionalLong max = model.max(shape);
    JsonNode element = values.minimal(model.listMember(shape));
    if (min.isPresent() && min.getAsLong() > 0) {
      constraints++;
      int n = (int) min.getAsLong();
      reject(path, "minItems", repeat(element, n - 1), Finding.at(path.pointer(), "minItems"));
      accept(path, "minItems", n + (n == 1 ? " item" : " items"), List.of(repeat(element, n)));
    }
    if (max.isPresent()) {
      constraints++;
      int n = (int) max.getAsLong();
      reject(path, "maxItems", repeat(element, n + 1), Finding.at(path.pointer(), "maxItems"));
      accept(path, "maxItems", n + (n == 1 ? " item" : " items"), List.of(repeat(element, n)));
    }
    if (constraints == 0) {
      accept(path, "type", "an array", List.of(repeat(element, 1)));
    }
  }

  private void mapCases(MemberPath path, String shape) {
    int constraints = 0;
    OptionalLong min = model.min(shape);
    OptionalLong max = model.max(shape);
    JsonNode value = values.minimal(model.mapValue(shape));
    if (min.isPresent() && min.getAsLong() > 0) {
      constraints++;
      int n = (int) min.getAsLong();
      reject(path, "minProperties", entries(shape, n - 1, value), Finding.at(path.pointer(), "minProperties"));
      accept(path, "minProperties", n + (n == 1 ? " entry" : " entries"), List.of(entries(shape, n, value)));
    }
    if (max.isPresent()) {
      constraints++;
      int n = (int) max.getAsLong();
      Optional<List<String>> keys = values.validKeysIfPossible(shape, n + 1);
      if (keys.isEmpty()) {
        skip(path, "maxProperties", "cannot build " + (n + 1) + " distinct valid keys", false);
      } else {
        reject(path, "maxProperties", entries(shape, n + 1, value), Finding.at(path.pointer(), "maxProperties"));
        accept(path, "maxProperties", n + (n == 1 ? " entry" : " entries"), List.of(entries(shape, n, value)));
        }
    }
    constraints += keyCases(path, shape, value);
    if (constraints == 0) {
      accept(path, "type", "an object", List.of(entries(shape, 1, value)));
    }
  }

  /** Map keys: each key constraint is checked through propertyNames, reported at the map with the key. */
  private int keyCases(MemberPath path, String mapShape, JsonNode value) {
    String keyShape = model.mapKey(mapShape);
    Set<String> allowed = model.enumValues(keyShape);
    OptionalLong minOpt = model.min(keyShape);
    OptionalLong maxOpt = model.max(keyShape);
    int min = (int) minOpt.orElse(0);
    int max = (int) Math.min(maxOpt.orElse(RegexSampler.MAX_LENGTH - 1), RegexSampler.MAX_LENGTH - 1);
    String pattern = model.pattern(keyShape);
    RegexSampler sampler = pattern == null ? null : RegexSampler.of(pattern);
    int constraints = 0;

    if (!allowed.isEmpty()) {
      constraints++;
      rejectKey(path, "key enum", NOT_IN_ENUM, value);
      acceptKeys(path, "key enum", allowed, value);
    }
    if (sampler != null) {
      constraints++;
      Optional<String> bad = sampler.nonMatching(Math.max(min, 1), max, allowed);
      Optional<String> good = sampler.shortest(Math.max(min, 1), max);
      if (bad.isEmpty() || good.isEmpty()) {
        boolean universal = sampler.acceptsEverythingFrom(1);
        skip(path, "key pattern", universal ? "key pattern accepts every key" : "no violating/valid key found for " + pattern, universal);
      } else {
        rejectKey(path, "key pattern", bad.get(), value);
        acceptKeys(path, "key pattern", Set.of(good.get()), value);
      }
    }
    if (minOpt.isPresent() && min > 0) {
      constraints++;
      String tooShort = sampler == null ? "a".repeat(min - 1) : sampler.sampleOfLength(min - 1).orElse("a".repeat(min - 1));
      Optional<String> atMin = sampler == null ? Optional.of("a".repeat(min)) : sampler.shortest(min, max);
      if (atMin.isEmpty()) {
        skip(path, "key minLength", "no valid key of length >= " + min, false);
      } else {
        rejectKey(path, "key minLength", tooShort, value);
        acceptKeys(path, "key minLength", Set.of(atMin.get()), value);
      }
    }
    if (maxOpt.isPresent()) {
      constraints++;
      int limit = (int) maxOpt.getAsLong();
      String tooLong = sampler == null ? "a".repeat(limit + 1) : sampler.sampleOfLength(limit + 1).orElse("a".repeat(limit + 1));
      Optional<String> atMax = sampler == null ? Optional.of("a".repeat(limit)) : sampler.longest(min, limit);
      if (atMax.isEmpty()) {
        skip(path, "key maxLength", "no valid key of length <= " + limit, false);
      } else {
        rejectKey(path, "key maxLength", tooLong, value);
        acceptKeys(path, "key maxLength", Set.of(atMax.get()), value);
      }
    }
    return constraints;
  }

  private void structureCases(MemberPath path, String shape) {
    JsonNode withUnknown = withMember(values.minimal(shape), UNKNOWN_MEMBER);
    result.cases.add(new Case(model.version(), kind, path, "closed (additionalProperties)", Verdict.REJECT,
        "an unknown member " + UNKNOWN_MEMBER, List.of(path.documentWith(values, withUnknown)),
        new Finding(path.pointer(), "additionalProperties", UNKNOWN_MEMBER)));
    for (String required : model.required(shape)) {
      rejectEdited(path, "required " + required, "the object without it",
          new Finding(path.pointer(), "required", required), doc -> removeMember(doc, path, required));
    }
    accept(path, "required members only", "the minimal object", List.of(values.minimal(shape)));
    accept(path, "all members", "every member set", List.of(values.everythingSet(shape)));
  }

  // ------------------------------------------------------------------ case construction

  private void reject(MemberPath path, String constraint, JsonNode value, Finding target) {
    result.cases.add(new Case(model.version(), kind, path, constraint, Verdict.REJECT, render(value),
        List.of(path.documentWith(values, value)), target));
  }

  /** A rejection whose document is the minimal one edited by {@code edit} (e.g. a required member removed). */
  private void rejectEdited(MemberPath path, String constraint, String summary, Finding target,
               java.util.function.Consumer<JsonNode> edit) {
    JsonNode document = path.documentWith(values, values.minimal(path.shape()));
    edit.accept(document);
    result.cases.add(new Case(model.version(), kind, path, constraint, Verdict.REJECT, summary, List.of(document), target));
  }

  private void accept(MemberPath path, String constraint, String summary, List<JsonNode> valuesToPlace) {
    List<JsonNode> documents = new ArrayList<>();
    for (JsonNode value : valuesToPlace) {
      documents.add(path.documentWith(values, value));
    }
    result.cases.add(new Case(model.version(), kind, path, constraint, Verdict.ACCEPT, summary, documents, null));
  }

  private void acceptStrings(MemberPath path, String constraint, String... strings) {
    Set<String> distinct = new LinkedHashSet<>(List.of(strings));
    List<JsonNode> nodes = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String s : distinct) {
      nodes.add(NODES.stringNode(s));
      shown.add(render(NODES.stringNode(s)));
    }
    accept(path, constraint, String.join(" and ", shown), nodes);
  }

  private void rejectKey(MemberPath path, String constraint, String badKey, JsonNode value) {
    ObjectNode map = NODES.objectNode();
    map.set(badKey, value.deepCopy());
    result.cases.add(new Case(model.version(), kind, path, constraint, Verdict.REJECT, "key " + render(NODES.stringNode(badKey)),
        List.of(path.documentWith(values, map)), new Finding(path.pointer(), "propertyNames", badKey)));
  }

  private void acceptKeys(MemberPath path, String constraint, Set<String> keys, JsonNode value) {
    List<JsonNode> documents = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String key : keys) {
      ObjectNode map = NODES.objectNode();
      map.set(key, value.deepCopy());
      documents.add(path.documentWith(values, map));
      shown.add(render(NODES.stringNode(key)));
    }
    String summary = keys.size() > 3 ? "all " + keys.size() + " allowed keys" : "key " + String.join(", ", shown);
    result.cases.add(new Case(model.version(), kind, path, constraint, Verdict.ACCEPT, summary, documents, null));
  }

  private void skip(MemberPath path, String constraint, String reason, boolean vacuous) {
    result.skips.add(new Skip(model.version(), kind, path.pointer(), constraint, reason, vacuous));
  }

  private ArrayNode repeat(JsonNode element, int count) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }

  private ObjectNode entries(String mapShape, int count, JsonNode value) {
    ObjectNode map = NODES.objectNode();
    for (String key : values.validKeys(mapShape, count)) {
      map.set(key, value.deepCopy());
    }
    return map;
  }

  private static JsonNode withMember(JsonNode object, String member) {
    ((ObjectNode) object).put(member, true);
    return object;
  }

  private static void removeMember(JsonNode document, MemberPath path, String member) {
    JsonNode node = path.pointer().isEmpty() ? document : document.at(path.pointer());
    ((ObjectNode) node).remove(member);
  }

  /** A short, readable rendering of a value for test names. */
  static String render(JsonNode value) {
    if (value.isString()) {
      String text = value.asString();
      int length = text.codePointCount(0, text.length());
      String shown = length > 40 ? text.substring(0, 24) + "…" : text;
      String json = NODES.stringNode(shown).toString();
      return length > 40 ? json + " (" + length + " chars)" : json;
    }
    if (value.isArray()) {
      return value.isEmpty() ? "[]" : value.size() + " item" + (value.size() == 1 ? "" : "s");
    }
    if (value.isObject()) {
      return value.isEmpty() ? "{}" : value.size() + " entr" + (value.size() == 1 ? "y" : "ies");
    }
    return value.toString();
  }
}
