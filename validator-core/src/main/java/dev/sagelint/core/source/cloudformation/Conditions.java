package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consistent scenarios of a template's conditions. Conditions are not independent switches:
 * {@code IsProd} and {@code IsDev} may both compare the same parameter, and {@code NotProd} may be
 * {@code !Not [!Condition IsProd]}. So the scenarios are built from what the conditions rest on:
 * each parameter compared with literals takes each of those literals or "something else", and
 * each comparison that cannot be known is a free switch. Every condition is then evaluated in
 * every combination, and combinations that agree on the conditions in question count once. Like
 * cfn-lint, the number of combinations is capped; beyond it, the first ones are checked.
 */
final class Conditions {
  /** At most this many combinations are enumerated. */
  static final int MAX_SCENARIOS = 128;
  private static final String OTHER = "\u0000other";

  private final Template template;
  private final Problems problems;
  /** Parameters compared with literals, and the literals they are compared with. */
  private final Map<String, Set<String>> parameterDomains = new LinkedHashMap<>();
  /** Comparisons that cannot be known, by identity. */
  private final Map<Node, Integer> atoms = new IdentityHashMap<>();

  Conditions(Template template, Problems problems) {
    this.template = template;
    this.problems = problems;
  }

  /** The names of the conditions that {@code Fn::If} calls anywhere below {@code node} use. */
  static Set<String> usedBy(Node node) {
    Set<String> out = new TreeSet<>();
    collect(node, out, 0);
    return out;
  }

  private static void collect(Node node, Set<String> out, int depth) {
    if (depth > 256) {
      return;
    }
    Intrinsic call = Intrinsic.of(node);
    if (call != null && call.name().equals("Fn::If") && call.argument() instanceof ArrayNode a
        && a.size() == 3 && a.get(0).asText() != null) {
      out.add(a.get(0).asText());
    }
    if (node instanceof ObjectNode o) {
      o.members().forEach(m -> collect(m.value(), out, depth + 1));
    } else if (node instanceof ArrayNode a) {
      a.items().forEach(i -> collect(i, out, depth + 1));
    }
  }

  /**
   * One map per consistent scenario, from each name in {@code names} to its value (null when it
   * cannot be evaluated, e.g. a condition that refers to itself). A single empty map when
   * {@code names} is empty.
   */
  List<Map<String, Boolean>> scenarios(Set<String> names) {
    if (names.isEmpty()) {
      return List.of(Map.of());
    }
    for (String name : names) {
      Node definition = template.condition(name);
      if (definition != null) {
        gather(definition, "/Conditions/" + JsonPointer.escape(name), new HashSet<>(Set.of(name)));
      }
    }
    List<String> params = new ArrayList<>(parameterDomains.keySet());
    List<List<String>> domains = new ArrayList<>();
    for (String p : params) {
      List<String> d = new ArrayList<>(parameterDomains.get(p));
      d.add(OTHER);
      domains.add(d);
    }
    int atomCount = atoms.size();
    Set<Map<String, Boolean>> out = new LinkedHashSet<>();
    int[] choice = new int[params.size() + atomCount];
    for (int n = 0; n < MAX_SCENARIOS; n++) {
      Map<String, String> paramValues = new HashMap<>();
      for (int i = 0; i < params.size(); i++) {
        paramValues.put(params.get(i), domains.get(i).get(choice[i]));
      }
      boolean[] atomValues = new boolean[atomCount];
      for (int i = 0; i < atomCount; i++) {
        atomValues[i] = choice[params.size() + i] == 1;
      }
      Map<String, Boolean> scenario = new LinkedHashMap<>();
      for (String name : names) {
        scenario.put(name, evaluateNamed(name, paramValues, atomValues, new HashSet<>()));
      }
      out.add(scenario);
      if (!advance(choice, domains, atomCount)) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /** Odometer step over parameter domains, then atoms; false when every combination was seen. */
  private static boolean advance(int[] choice, List<List<String>> domains, int atomCount) {
    for (int i = choice.length - 1; i >= 0; i--) {
      int size = i < domains.size() ? domains.get(i).size() : 2;
      if (++choice[i] < size) {
        return true;
      }
      choice[i] = 0;
    }
    return false;
  }

  private void gather(Node node, String pointer, Set<String> visiting) {
    Intrinsic call = Intrinsic.of(node);
    if (call == null) {
      return;
    }
    String at = call.argumentToken() == null ? pointer : pointer + "/" + JsonPointer.escape(call.argumentToken());
    switch (call.name()) {
      case "Condition" -> {
        String name = call.argument().asText();
        Node definition = name == null ? null : template.condition(name);
        if (definition == null) {
          return;
        }
        if (!visiting.add(name)) {
          problems.add(Problems.STRUCTURE, at, call.node().span(), "condition.cycle", name);
          return;
        }
        gather(definition, "/Conditions/" + JsonPointer.escape(name), visiting);
        visiting.remove(name);
      }
      case "Fn::Not", "Fn::And", "Fn::Or" -> {
        if (call.argument() instanceof ArrayNode a) {
          for (int i = 0; i < a.size(); i++) {
            gather(a.get(i), at + "/" + i, visiting);
          }
        }
      }
      case "Fn::Equals" -> {
        if (!(call.argument() instanceof ArrayNode a) || a.size() != 2) {
          return;
        }
        String p0 = parameterOf(a.get(0));
        String p1 = parameterOf(a.get(1));
        String l0 = Template.scalarText(a.get(0));
        String l1 = Template.scalarText(a.get(1));
        if (p0 != null && l1 != null) {
          parameterDomains.computeIfAbsent(p0, k -> new LinkedHashSet<>()).add(l1);
        } else if (p1 != null && l0 != null) {
          parameterDomains.computeIfAbsent(p1, k -> new LinkedHashSet<>()).add(l0);
        } else if (l0 == null || l1 == null) {
          atoms.putIfAbsent(call.node(), atoms.size());
        }
      }
      default -> { }
    }
  }

  private Boolean evaluateNamed(String name, Map<String, String> params, boolean[] atomValues,
      Set<String> visiting) {
    Node definition = template.condition(name);
    if (definition == null || !visiting.add(name)) {
      return null;
    }
    Boolean value = evaluate(definition, params, atomValues, visiting);
    visiting.remove(name);
    return value;
  }

  private Boolean evaluate(Node node, Map<String, String> params, boolean[] atomValues,
      Set<String> visiting) {
    Intrinsic call = Intrinsic.of(node);
    if (call == null) {
      return node instanceof ScalarNode s && s.value() instanceof Boolean b ? b : null;
    }
    ArrayNode args = call.argument() instanceof ArrayNode a ? a : null;
    switch (call.name()) {
      case "Condition":
        String name = call.argument().asText();
        return name == null ? null : evaluateNamed(name, params, atomValues, visiting);
      case "Fn::Not":
        if (args == null || args.size() != 1) {
          return null;
        }
        Boolean inner = evaluate(args.get(0), params, atomValues, visiting);
        return inner == null ? null : !inner;
      case "Fn::And":
      case "Fn::Or":
        if (args == null || args.size() == 0) {
          return null;
        }
        boolean and = call.name().equals("Fn::And");
        boolean result = and;
        for (Node item : args.items()) {
          Boolean v = evaluate(item, params, atomValues, visiting);
          if (v == null) {
            return null;
          }
          result = and ? result && v : result || v;
        }
        return result;
      case "Fn::Equals":
        if (args == null || args.size() != 2) {
          return null;
        }
        String a = valueFor(args.get(0), params);
        String b = valueFor(args.get(1), params);
        if (a != null && b != null) {
          return !a.equals(OTHER) && a.equals(b);
        }
        Integer atom = atoms.get(call.node());
        return atom == null ? null : atomValues[atom];
      default:
        return null;
    }
  }

  private String valueFor(Node node, Map<String, String> params) {
    String p = parameterOf(node);
    return p != null ? params.get(p) : Template.scalarText(node);
  }

  /** The parameter a {@code Ref} names, or null. */
  private String parameterOf(Node node) {
    Intrinsic call = Intrinsic.of(node);
    if (call == null || !call.name().equals("Ref")) {
      return null;
    }
    String name = call.argument().asText();
    return name != null && template.parameter(name) != null ? name : null;
  }
}
