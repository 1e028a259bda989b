package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.source.Link;
import dev.sagelint.core.source.PointerMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the API-shaped view of one resource's {@code Properties} in one scenario: conditions
 * decided, parameters either at a chosen value or unknown. Literal data is kept as written (the
 * very nodes, with their spans); an intrinsic function becomes its value where that is statically
 * known ({@code Fn::If} in the scenario, {@code Fn::Sub} without variables, {@code Fn::Join} of
 * literals, {@code Fn::FindInMap} and {@code Fn::Select} on literal data, a parameter at its
 * default) and an {@link UnknownNode} everywhere else. {@code AWS::NoValue} removes the member or
 * list item.
 */
final class ViewBuilder {
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)");
  /** Deeper than any parser limit; only a guard against mappings that refer to each other. */
  private static final int MAX_DEPTH = 512;

  /** Where a value must name another resource: view pointer pattern, target type, attribute. */
  record LinkSlot(Pattern viewPointer, String targetType, String nameAttribute) {}

  private final Template template;
  private final Map<String, Boolean> scenario;
  private final Map<String, String> values;
  private final Set<String> unknown;
  private final Problems problems;
  private final List<LinkSlot> slots;
  private final PointerMap.Builder origin = PointerMap.builder();
  private final List<Link> links = new ArrayList<>();
  private final Set<String> parametersUsed = new LinkedHashSet<>();

  /**
   * @param values parameter values to use instead of defaults
   * @param unknown parameters to treat as unknown even when they have a default
   */
  ViewBuilder(Template template, Map<String, Boolean> scenario, Map<String, String> values,
      Set<String> unknown, Problems problems, List<LinkSlot> slots) {
    this.template = template;
    this.scenario = scenario;
    this.values = values;
    this.unknown = unknown;
    this.problems = problems;
    this.slots = slots;
  }

  /** The view of {@code properties} (at {@code filePointer}); an empty object when it resolves to nothing. */
  ObjectNode build(Node properties, String filePointer, ObjectNode resource) {
    Node view = resolve(properties, "", filePointer, 0);
    if (view instanceof ObjectNode o) {
      return o;
    }
    if (view != null && !(view instanceof UnknownNode)) {
      problems.add(Problems.STRUCTURE, filePointer, properties.span(), "properties.type",
          view.typeName());
    }
    origin.put("", filePointer);
    return new ObjectNode(new LinkedHashMap<>(), view == null ? resource.span() : view.span());
  }

  PointerMap origin() {
    return origin.build();
  }

  List<Link> links() {
    return List.copyOf(links);
  }

  /** Parameters whose default the view used, in order of first use. */
  Set<String> parametersUsed() {
    return parametersUsed;
  }

  /** The value of {@code node} in this scenario; null when it is absent ({@code AWS::NoValue}). */
  private Node resolve(Node node, String viewPointer, String filePointer, int depth) {
    if (depth > MAX_DEPTH) {
      return new UnknownNode("...", node.span());
    }
    Intrinsic call = Intrinsic.of(node);
    if (call != null) {
      return call(call, viewPointer, filePointer, depth);
    }
    origin.put(viewPointer, filePointer);
    if (node instanceof ObjectNode o) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        Node value = resolve(m.value(), JsonPointer.child(viewPointer, m.key()),
            JsonPointer.child(filePointer, m.key()), depth + 1);
        if (value != null) {
          members.put(m.key(), new ObjectNode.Member(m.key(), m.keySpan(), value));
        }
      }
      return new ObjectNode(members, o.span());
    }
    if (node instanceof ArrayNode a) {
      List<Node> items = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        Node item = resolve(a.get(i), JsonPointer.child(viewPointer, items.size()),
            JsonPointer.child(filePointer, i), depth + 1);
        if (item != null) {
          items.add(item);
        }
      }
      return new ArrayNode(items, a.span());
    }
    return node;
  }

  private Node call(Intrinsic call, String viewPointer, String filePointer, int depth) {
    String argPointer = call.argumentToken() == null ? filePointer
        : JsonPointer.child(filePointer, call.argumentToken());
    Node arg = call.argument();
    UnknownNode unknownValue = new UnknownNode(call.written(), call.node().span());
    switch (call.name()) {
      case "Ref" -> {
        return ref(call, arg, viewPointer, filePointer, unknownValue);
      }
      case "Fn::GetAtt" -> {
        getAtt(call, arg, viewPointer, filePointer);
        origin.put(viewPointer, filePointer);
        return unknownValue;
      }
      case "Fn::If" -> {
        if (!(arg instanceof ArrayNode a) || a.size() != 3 || a.get(0).asText() == null) {
          problems.add(Problems.STRUCTURE, argPointer, call.node().span(), "if.arity");
          origin.put(viewPointer, filePointer);
          return unknownValue;
        }
        String condition = a.get(0).asText();
        if (!template.hasCondition(condition)) {
          problems.add(Problems.STRUCTURE, argPointer + "/0", a.get(0).span(), "if.condition",
              condition);
        }
        Boolean value = scenario.get(condition);
        if (value == null) {
          origin.put(viewPointer, filePointer);
          return unknownValue;
        }
        int branch = value ? 1 : 2;
        return resolve(a.get(branch), viewPointer, argPointer + "/" + branch, depth + 1);
      }
      case "Fn::Sub" -> {
        origin.put(viewPointer, filePointer);
        Node text = arg instanceof ArrayNode a && a.size() >= 1 ? a.get(0) : arg;
        String s = text.asText();
        if (s != null && !SUB_VARIABLE.matcher(s).find()) {
          return literal(s.replace("${!", "${"), call);
        }
        return unknownValue;
      }
      case "Fn::Join" -> {
        origin.put(viewPointer, filePointer);
        if (!(arg instanceof ArrayNode a) || a.size() != 2 || a.get(0).asText() == null) {
          problems.add(Problems.STRUCTURE, argPointer, call.node().span(), "join.arity");
          return unknownValue;
        }
        Node list = resolve(a.get(1), viewPointer, argPointer + "/1", depth + 1);
        origin.put(viewPointer, filePointer);
        if (!(list instanceof ArrayNode items)) {
          return unknownValue;
        }
        List<String> parts = new ArrayList<>();
        for (Node item : items.items()) {
          String part = Template.scalarText(item);
          if (part == null) {
            return unknownValue;
          }
          parts.add(part);
        }
        return literal(String.join(a.get(0).asText(), parts), call);
      }
      case "Fn::FindInMap" -> {
        if (!(arg instanceof ArrayNode a) || a.size() < 3 || a.size() > 4) {
          problems.add(Problems.STRUCTURE, argPointer, call.node().span(), "findinmap.arity");
          origin.put(viewPointer, filePointer);
          return unknownValue;
        }
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) {
          keys[i] = Template.scalarText(resolve(a.get(i), viewPointer, argPointer + "/" + i, depth + 1));
        }
        origin.put(viewPointer, filePointer);
        Node found = keys[0] == null || keys[1] == null || keys[2] == null ? null
            : template.mapping(keys[0], keys[1], keys[2]);
        if (found == null) {
          return unknownValue;
        }
        // The mapping's own nodes, but located at the call: that is the property the user reads.
        return relocate(found, call, depth);
      }
      case "Fn::Select" -> {
        if (!(arg instanceof ArrayNode a) || a.size() != 2) {
          problems.add(Problems.STRUCTURE, argPointer, call.node().span(), "select.arity");
          origin.put(viewPointer, filePointer);
          return unknownValue;
        }
        String index = Template.scalarText(resolve(a.get(0), viewPointer, argPointer + "/0", depth + 1));
        Node list = resolve(a.get(1), viewPointer, argPointer + "/1", depth + 1);
        origin.put(viewPointer, filePointer);
        if (index != null && index.matches("\\d{1,9}") && list instanceof ArrayNode items
            && Integer.parseInt(index) < items.size()) {
          Node picked = items.get(Integer.parseInt(index));
          return picked instanceof UnknownNode ? unknownValue : relocate(picked, call, depth);
        }
        return unknownValue;
      }
      default -> {
        origin.put(viewPointer, filePointer);
        if (call.isUnknownFunction()) {
          problems.add(Problems.STRUCTURE, filePointer, call.node().span(), "function.unknown",
              call.name());
        }
        return unknownValue;
      }
    }
  }

  private Node ref(Intrinsic call, Node arg, String viewPointer, String filePointer,
      UnknownNode unknownValue) {
    origin.put(viewPointer, filePointer);
    String name = arg.asText();
    if (name == null) {
      problems.add(Problems.STRUCTURE, filePointer, call.node().span(), "ref.type");
      return unknownValue;
    }
    if (name.equals("AWS::NoValue")) {
      return null;
    }
    if (name.startsWith("AWS::")) {
      return unknownValue;
    }
    ObjectNode parameter = template.parameter(name);
    if (parameter != null) {
      if (unknown.contains(name)) {
        return unknownValue;
      }
      String value = values.containsKey(name) ? values.get(name) : Template.usableDefault(parameter);
      if (value == null) {
        return unknownValue;
      }
      parametersUsed.add(name);
      return literal(value, call);
    }
    LinkSlot slot = slotAt(viewPointer);
    String type = template.typeOf(name);
    if (slot != null && type != null && (type.equals(Template.MODEL)
        || type.equals(Template.ENDPOINT_CONFIG))) {
      problems.add(Problems.ARN_FOR_NAME, filePointer, call.node().span(), "ref.arn", name, type,
          slot.nameAttribute());
    }
    return unknownValue;
  }

  private void getAtt(Intrinsic call, Node arg, String viewPointer, String filePointer) {
    String target;
    String attribute;
    if (arg instanceof ArrayNode a && a.size() == 2 && a.get(0).asText() != null) {
      target = a.get(0).asText();
      attribute = a.get(1).asText();
    } else if (arg.asText() != null && arg.asText().indexOf('.') > 0) {
      String s = arg.asText();
      target = s.substring(0, s.indexOf('.'));
      attribute = s.substring(s.indexOf('.') + 1);
    } else {
      problems.add(Problems.STRUCTURE, filePointer, call.node().span(), "getatt.form");
      return;
    }
    LinkSlot slot = slotAt(viewPointer);
    if (slot == null) {
      return;
    }
    String type = template.typeOf(target);
    if (type == null) {
      problems.add(Problems.MISSING_TARGET, filePointer, call.node().span(), "link.missing", target,
          slot.targetType());
    } else if (!type.equals(slot.targetType())) {
      problems.add(Problems.MISSING_TARGET, filePointer, call.node().span(), "link.type", target,
          type, slot.targetType());
    } else if (!slot.nameAttribute().equals(attribute)) {
      problems.add(Problems.ARN_FOR_NAME, filePointer, call.node().span(), "getatt.attribute",
          target, String.valueOf(attribute), slot.nameAttribute());
    } else {
      links.add(Link.bySpec(viewPointer, CloudFormationTemplates.specId(target)));
    }
  }

  private LinkSlot slotAt(String viewPointer) {
    for (LinkSlot s : slots) {
      if (s.viewPointer().matcher(viewPointer).matches()) {
        return s;
      }
    }
    return null;
  }

  /** A value CloudFormation computes before the call, located where the call is written. */
  private static ScalarNode literal(String value, Intrinsic call) {
    return new ScalarNode(value, quoted(value), null, call.node().span());
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Literal data from elsewhere in the template (a mapping), given the span of the call. */
  private Node relocate(Node data, Intrinsic call, int depth) {
    if (depth > MAX_DEPTH || Intrinsic.of(data) != null) {
      return new UnknownNode(call.written(), call.node().span());
    }
    if (data instanceof ScalarNode s) {
      return new ScalarNode(s.value(), s.value() instanceof String str ? quoted(str) : s.raw(), null,
          call.node().span());
    }
    if (data instanceof ArrayNode a) {
      List<Node> items = new ArrayList<>();
      for (Node item : a.items()) {
        items.add(relocate(item, call, depth + 1));
      }
      return new ArrayNode(items, call.node().span());
    }
    if (data instanceof ObjectNode o) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        members.put(m.key(), new ObjectNode.Member(m.key(), call.node().span(),
            relocate(m.value(), call, depth + 1)));
      }
      return new ObjectNode(members, call.node().span());
    }
    return data;
  }
}
