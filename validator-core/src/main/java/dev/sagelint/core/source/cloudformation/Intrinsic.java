package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * An intrinsic function call, whichever way it is written: long form ({@code {"Fn::If": [...]}},
 * {@code {"Ref": "X"}}) or YAML short form ({@code !If [...]}, {@code !Ref X},
 * {@code !GetAtt A.B}). Short forms are read as their long forms, so the rest of the front end
 * sees one shape.
 *
 * @param name the long-form name ({@code Ref}, {@code Fn::If}, {@code Condition})
 * @param argument the argument as written (the tag removed from short forms)
 * @param node the whole call, for its span
 * @param argumentToken the pointer token under which the argument sits in the file: the function
 *     name for long forms, none (null) for short forms
 */
record Intrinsic(String name, Node argument, Node node, String argumentToken) {

  /** The functions CloudFormation defines (and the short-form tags that stand for them). */
  static final Set<String> KNOWN = Set.of("Ref", "Condition", "Fn::Base64", "Fn::Cidr",
      "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join", "Fn::Select",
      "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::If", "Fn::Equals", "Fn::Not", "Fn::And",
      "Fn::Or", "Fn::Length", "Fn::ToJsonString", "Fn::ForEach");

  /** The long-form name of a short-form tag, or null when the tag is not CloudFormation's. */
  static String nameOfTag(String tag) {
    if (tag == null || tag.length() < 2 || tag.charAt(0) != '!' || tag.charAt(1) == '!') {
      return null;
    }
    String bare = tag.substring(1);
    String name = bare.equals("Ref") || bare.equals("Condition") ? bare : "Fn::" + bare;
    return KNOWN.contains(name) ? name : null;
  }

  /** The call {@code node} is, or null when it is plain data. */
  static Intrinsic of(Node node) {
    String tag = tagOf(node);
    if (tag != null) {
      String name = nameOfTag(tag);
      if (name == null) {
        name = "!" + tag.substring(tag.startsWith("!") ? 1 : 0);
      }
      return new Intrinsic(name, untagged(node), node, null);
    }
    if (node instanceof ObjectNode o && o.size() == 1) {
      ObjectNode.Member m = o.members().iterator().next();
      String key = m.key();
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        return new Intrinsic(key, m.value(), node, key);
      }
    }
    return null;
  }

  /** True for a call whose name CloudFormation does not define ({@code Fn::Iff}, {@code !Reff}). */
  boolean isUnknownFunction() {
    return !KNOWN.contains(name);
  }

  /** The call as the user wrote it, shortened for messages. */
  String written() {
    String arg = argument instanceof ScalarNode s && s.value() != null ? " " + s.value() : " ...";
    String shown = (argumentToken == null ? "!" + name.replace("Fn::", "") : name) + arg;
    return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
  }

  private static String tagOf(Node node) {
    if (node instanceof ScalarNode s && s.hasCustomTag()) {
      return s.tag();
    }
    if (node instanceof ArrayNode a) {
      return a.tag();
    }
    if (node instanceof ObjectNode o) {
      return o.tag();
    }
    return null;
  }

  private static Node untagged(Node node) {
    if (node instanceof ScalarNode s) {
      return new ScalarNode(s.value(), s.raw(), null, s.span());
    }
    if (node instanceof ArrayNode a) {
      return new ArrayNode(a.items(), a.span());
    }
    ObjectNode o = (ObjectNode) node;
    LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
    o.members().forEach(m -> members.put(m.key(), m));
    return new ObjectNode(members, o.span());
  }
}
