package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan as {@code terraform show -json} writes it: each entry of {@code resource_changes} of a
 * SageMaker type, read from {@code change.after} (count, for_each, dynamic blocks and variables
 * already expanded by Terraform), with what {@code change.after_unknown} marks as unknown. A
 * resource being deleted has no {@code after} and is skipped. Values the provider computes are
 * left out when unknown: the plan's {@code configuration} has no expression for them (see
 * {@code overlay}). A plan has no source positions: when the module's {@code .tf} files lie
 * beside the plan, a resource's findings are located in its block there ({@link PlanSource});
 * otherwise they point into the plan file.
 */
final class PlanJson {
  private static final String KNOWN_AFTER_APPLY = "(known after apply)";
  private static final Pattern MODULE_PREFIX =
      Pattern.compile("(?:module\\.[A-Za-z_][A-Za-z0-9_-]*(?:\\[[^\\]]*\\])?\\.)*");

  private PlanJson() {}

  static TerraformFrontEnd.Result read(ParsedDocument document) {
    TerraformProblems problems = new TerraformProblems(document.source(), document.index());
    ArrayNode changes = ((ObjectNode) document.root()).array("resource_changes");
    Set<String> addresses = new LinkedHashSet<>();
    for (Node n : changes.items()) {
      if (n instanceof ObjectNode rc && rc.text("address") != null) {
        addresses.add(rc.text("address"));
      }
    }
    TerraformSpecs specs = new TerraformSpecs(document.source(), document.index(), true,
        addresses, addresses);
    List<Spec> out = new ArrayList<>();
    PlanSource source = PlanSource.beside(document.source(), addresses);
    PlanConfiguration configuration = PlanConfiguration.of((ObjectNode) document.root());
    for (int i = 0; i < changes.size(); i++) {
      if (!(changes.get(i) instanceof ObjectNode rc)) {
        continue;
      }
      String type = rc.text("type");
      if (type == null || TerraformMapping.bundled().resource(type) == null
          || "data".equals(rc.text("mode"))) {
        continue;
      }
      ObjectNode change = rc.object("change");
      if (change == null || !(change.get("after") instanceof ObjectNode after)) {
        continue;
      }
      String address = rc.text("address") != null ? rc.text("address") : type + "." + rc.text("name");
      Node unknown = change.get("after_unknown");
      String pointer = "/resource_changes/" + i + "/change/after";
      Node expressions = configuration.expressions(address);
      ObjectNode body = (ObjectNode) overlay(after, unknown, expressions,
          expressions instanceof ObjectNode, source.written(address), modulePrefix(address));
      PlanSource.Located located = source.locate(address, body);
      TerraformSpecs.Declared d = located == null
          ? new TerraformSpecs.Declared(type, address, body, pointer, rc.span(), List.of(), null, null)
          : new TerraformSpecs.Declared(type, address, located.body(), located.pointer(),
              located.extent(), List.of(), null, null);
      Spec s = (located == null ? specs : located.specs()).spec(d, problems);
      if (s != null) {
        out.add(s);
      }
    }
    return new TerraformFrontEnd.Result(out, problems.findings());
  }

  /**
   * {@code after} with every value that {@code after_unknown} marks {@code true} made unknown.
   * An unknown value whose expression in the plan's {@code configuration} ({@code expr}, the same
   * path) is a resource reference is shown as that reference, so the view builder links it as it
   * would in the .tf file ({@code model_name = aws_sagemaker_model.m.name}).
   *
   * <p>When {@code configured} ({@code expr} lists every argument the user wrote at this level:
   * a resource's expressions, or one written block of it), an unknown member with no expression
   * there is computed by the provider ({@code model_data_source}, {@code volume_size_in_gb}) and
   * is left out, as if not set. The configuration omits {@code dynamic} blocks, so a member the
   * block beside the plan writes ({@code written}, dynamic blocks included) stays unknown. Below
   * an attribute's expression, or a block the configuration does not show, nothing is left out:
   * there the plan cannot tell who wrote the value.
   */
  private static Node overlay(Node after, Node unknown, Node expr, boolean configured,
      Node written, String module) {
    if (isTrue(unknown)) {
      return new UnknownNode(shown(expr, module), after.span());
    }
    if (after instanceof ObjectNode o) {
      ObjectNode marks = unknown instanceof ObjectNode u ? u : null;
      ObjectNode exprs = expr instanceof ObjectNode e ? e : null;
      ObjectNode tf = written instanceof ObjectNode w ? w : null;
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        Node mark = marks == null ? null : marks.get(m.key());
        Node e = exprs == null ? null : exprs.get(m.key());
        Node w = tf == null ? null : tf.get(m.key());
        if (configured && isTrue(mark) && providerComputed(e, w)) {
          continue;
        }
        members.put(m.key(), new ObjectNode.Member(m.key(), m.keySpan(),
            overlay(m.value(), mark, e, configured && e instanceof ArrayNode, w, module)));
      }
      if (marks != null) {
        for (ObjectNode.Member m : marks.members()) {
          Node e = exprs == null ? null : exprs.get(m.key());
          if (members.containsKey(m.key()) || !isTrue(m.value())
              || configured && providerComputed(e, tf == null ? null : tf.get(m.key()))) {
            continue;
          }
          members.put(m.key(), new ObjectNode.Member(m.key(), o.span(),
              new UnknownNode(shown(e, module), o.span())));
        }
      }
      return new ObjectNode(members, o.span());
    }
    if (after instanceof ArrayNode a) {
      ArrayNode marks = unknown instanceof ArrayNode u ? u : null;
      ArrayNode exprs = expr instanceof ArrayNode e ? e : null;
      ArrayNode tf = written instanceof ArrayNode w ? w : null;
      // Written blocks map to the plan's by position only when the counts agree; a dynamic
      // block beside static ones would shift them.
      boolean itemsConfigured = configured && exprs != null && exprs.size() == a.size();
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        items.add(overlay(a.get(i), marks != null && i < marks.size() ? marks.get(i) : null,
            exprs != null && i < exprs.size() ? exprs.get(i) : null, itemsConfigured,
            tf != null && i < tf.size() ? tf.get(i) : null, module));
      }
      return new ArrayNode(items, a.span());
    }
    return after;
  }

  /**
   * How an unknown value is shown: the resource attribute its expression reads, addressed as the
   * plan addresses resources (a module's {@code aws_sagemaker_model.m.name} is
   * {@code module.sm.aws_sagemaker_model.m.name}), else "(known after apply)".
   */
  private static String shown(Node expr, String module) {
    return PlanConfiguration.reference(expr).map(r -> module + r).orElse(KNOWN_AFTER_APPLY);
  }

  /** {@code module.a.module.b[0].} of {@code module.a.module.b[0].aws_x.y[1]}; "" at the root. */
  static String modulePrefix(String address) {
    Matcher m = MODULE_PREFIX.matcher(address);
    return m.lookingAt() ? m.group() : "";
  }

  /** Unknown, written neither in the configuration nor in the block beside the plan. */
  private static boolean providerComputed(Node expression, Node written) {
    return expression == null && written == null;
  }

  private static boolean isTrue(Node n) {
    return n instanceof ScalarNode s && Boolean.TRUE.equals(s.value());
  }

}
