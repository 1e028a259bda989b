package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code configuration} section of a plan: each resource's {@code expressions} as written in
 * the module, where an argument that reads another resource lists its {@code references}
 * ({@code ["aws_sagemaker_model.m.name", "aws_sagemaker_model.m"]}). A value unknown at plan time
 * (a model's generated name) is linked through them. Resources of module calls are found under
 * their {@code module.<name>.} prefix, as the plan's {@code resource_changes} address them.
 */
final class PlanConfiguration {
  /** Deeper module nesting than this is not searched: a guard on hostile input. */
  private static final int MAX_MODULE_DEPTH = 16;
  /** {@code type.name} or {@code type.name.attribute}. */
  private static final Pattern NAME_PARTS =
      Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*\\.[a-zA-Z_][a-zA-Z0-9_-]*(\\.[a-zA-Z_][a-zA-Z0-9_-]*)?");
  /** Roots of references that are not managed resources. */
  private static final Set<String> NOT_RESOURCES =
      Set.of("var", "local", "module", "data", "each", "count", "path", "terraform", "self");

  private final Map<String, ObjectNode> expressions;

  private PlanConfiguration(Map<String, ObjectNode> expressions) {
    this.expressions = expressions;
  }

  static PlanConfiguration of(ObjectNode plan) {
    Map<String, ObjectNode> found = new HashMap<>();
    if (plan.get("configuration") instanceof ObjectNode c
        && c.get("root_module") instanceof ObjectNode root) {
      collect(root, "", found, 0);
    }
    return new PlanConfiguration(found);
  }

  private static void collect(ObjectNode module, String prefix, Map<String, ObjectNode> found,
      int depth) {
    if (module.get("resources") instanceof ArrayNode resources) {
      for (Node n : resources.items()) {
        if (n instanceof ObjectNode r && r.get("address") instanceof ScalarNode a
            && a.value() instanceof String address
            && r.get("expressions") instanceof ObjectNode e) {
          found.putIfAbsent(prefix + address, e);
        }
      }
    }
    if (depth < MAX_MODULE_DEPTH && module.get("module_calls") instanceof ObjectNode calls) {
      for (ObjectNode.Member call : calls.members()) {
        if (call.value() instanceof ObjectNode c && c.get("module") instanceof ObjectNode m) {
          collect(m, prefix + "module." + call.key() + ".", found, depth + 1);
        }
      }
    }
  }

  /**
   * The expressions of the resource at {@code address} ({@code aws_sagemaker_model.m}, or an
   * instance {@code ...m[0]}, {@code ...m["a"]}, which shares its resource's configuration).
   */
  Node expressions(String address) {
    ObjectNode e = expressions.get(address);
    return e != null ? e : expressions.get(address.replaceFirst("\\[[^\\]]*\\]$", ""));
  }

  /**
   * The resource attribute an argument's expression reads, when that is all it reads: exactly one
   * {@code type.name.attribute} among its references ({@code type.name} alone is the same
   * reference, listed again by Terraform). Anything else (a function of two resources, a
   * variable) links nothing.
   */
  static Optional<String> reference(Node expr) {
    if (!(expr instanceof ObjectNode o) || !(o.get("references") instanceof ArrayNode refs)) {
      return Optional.empty();
    }
    String attribute = null;
    List<String> resources = new ArrayList<>();
    for (Node n : refs.items()) {
      if (!(n instanceof ScalarNode s) || !(s.value() instanceof String ref)
          || !NAME_PARTS.matcher(ref).matches() || NOT_RESOURCES.contains(ref.substring(0, ref.indexOf('.')))) {
        return Optional.empty(); // a variable, local, module output, data source or iteration too
      }
      if (ref.chars().filter(c -> c == '.').count() == 2) {
        if (attribute != null && !attribute.equals(ref)) {
          return Optional.empty();
        }
        attribute = ref;
      } else {
        resources.add(ref);
      }
    }
    String found = attribute;
    return found != null && resources.stream().allMatch(r -> found.startsWith(r + "."))
        ? Optional.of(found) : Optional.empty();
  }
}
