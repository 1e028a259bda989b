package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.source.terraform.hcl.Attribute;
import dev.sagelint.core.source.terraform.hcl.Block;
import dev.sagelint.core.source.terraform.hcl.Body;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the body of a {@code resource} block into the tree Terraform's JSON configuration syntax
 * would hold (so one view builder serves .tf, .tf.json and plans): an attribute becomes its static
 * value or an {@link UnknownNode} showing the expression as written; each block type becomes an
 * array of its blocks' bodies; a {@code dynamic "x"} block contributes its {@code content} as one
 * {@code x} block whose iteration values are unknown. A value from a variable's default is used
 * where it is referenced (the node is located at the {@code var.x}), and the variable is recorded
 * so the engine can tell whether a finding rests on it.
 */
final class HclTree {
  /** Deeper than any parser limit; a guard only. */
  private static final int MAX_DEPTH = 256;

  /**
   * Which of the possible shapes of the resource to build. Terraform drops an argument whose value
   * turns out null, and a {@code dynamic} block whose {@code for_each} is unknown may yield no
   * block at all; the engine reports only findings that every shape has (see
   * {@code Variation#alternatives}).
   */
  enum Shape {
    /** Everything present that is written: unknown values and unknown dynamic blocks included. */
    ALL,
    /** Unknown values that may be null (see {@link #maybeNull}) left out. */
    WITHOUT_MAYBE_NULL,
    /** Those left out, and dynamic blocks whose {@code for_each} is unknown too. */
    WITHOUT_OPTIONAL
  }

  private static final java.util.regex.Pattern NULL_WORD =
      java.util.regex.Pattern.compile("(?<![A-Za-z0-9_.])null(?![A-Za-z0-9_])");
  /** How many blocks a dynamic block with a known for_each yields, at most. */
  private static final int MAX_DYNAMIC_ITEMS = 100;

  /** A variable whose default a value was built with. */
  record VariableUse(String name, String value, Span declaredAt) {}

  private final StaticResolver resolver;
  private final String text;
  private final Map<String, String> values;
  private final Set<String> unknown;
  private final Map<String, VariableUse> used = new LinkedHashMap<>();
  private final Shape shape;
  private final java.util.Deque<String> iterators = new java.util.ArrayDeque<>();
  private boolean optionalSeen;

  /**
   * @param values variables to give these values instead of their defaults
   * @param unknown variables to treat as unknown even though they have a default
   */
  HclTree(StaticResolver resolver, String text, Map<String, String> values, Set<String> unknown,
      Shape shape) {
    this.shape = shape;
    this.resolver = resolver;
    this.text = text;
    this.values = values;
    this.unknown = unknown;
  }

  /** Whether the resource has a value that may be null or a block that may be absent. */
  boolean optionalSeen() {
    return optionalSeen;
  }

  /** Variables whose default was used, in order of first use. */
  List<VariableUse> variablesUsed() {
    return List.copyOf(used.values());
  }

  /** The tree of {@code body}, located at {@code span} (the block from its type to its brace). */
  ObjectNode body(Body body, Span span, int depth) {
    return body(body, span, depth, Map.of());
  }

  /** {@code mapping}: the mapping of this level, which says which blocks are required. */
  ObjectNode body(Body body, Span span, int depth, Map<String, TerraformMapping.Member> mapping) {
    LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
    Map<String, List<Node>> blocks = new LinkedHashMap<>();
    Map<String, Span> blockKeys = new LinkedHashMap<>();
    for (Attribute a : body.attributes()) {
      if (!members.containsKey(a.name())) {
        Node value = attribute(a);
        if (value instanceof UnknownNode && maybeNull(a)) {
          optionalSeen = true;
          if (shape != Shape.ALL) {
            continue;
          }
        }
        members.put(a.name(), new ObjectNode.Member(a.name(), a.nameSpan(), value));
      }
    }
    for (Block b : body.blocks()) {
      String type = b.type();
      Body content = b.body();
      Span key = b.typeSpan();
      int copies = 1;
      String iterator = null;
      if (type.equals("dynamic") && b.labels().size() == 1) {
        type = b.label(0);
        key = b.labels().get(0).span();
        List<Block> contents = content.blocks("content");
        if (contents.isEmpty()) {
          continue;
        }
        iterator = b.body().attribute("iterator")
            .map(i -> source(i.value().span()).strip()).orElse(type);
        copies = dynamicCount(b.body());
        TerraformMapping.Member member = mapping.get(type);
        if (copies < 0 && member != null && member.required()) {
          copies = 1; // Terraform refuses a plan where a required block comes out empty
        } else if (copies < 0) {
          optionalSeen = true;
          if (shape == Shape.WITHOUT_OPTIONAL) {
            continue;
          }
          copies = 1; // checked once, with unknown iteration values
        }
        content = contents.get(0).body();
      }
      TerraformMapping.Member nested = mapping.get(type);
      Map<String, TerraformMapping.Member> inner = nested == null ? Map.of() : nested.members();
      if (members.containsKey(type) && !blocks.containsKey(type)) {
        continue; // an attribute of the same name was written first; Terraform rejects this
      }
      if (iterator != null) {
        iterators.push(iterator);
      }
      try {
        for (int i = 0; i < copies; i++) {
          Node item = depth > MAX_DEPTH ? new UnknownNode("{...}", b.span())
              : body(content, b.span(), depth + 1, inner);
          blocks.computeIfAbsent(type, t -> new ArrayList<>()).add(item);
        }
      } finally {
        if (iterator != null) {
          iterators.pop();
        }
      }
      if (copies > 0) {
        blockKeys.putIfAbsent(type, key);
      }
    }
    for (Map.Entry<String, List<Node>> e : blocks.entrySet()) {
      List<Node> items = e.getValue();
      Span all = items.get(0).span().union(items.get(items.size() - 1).span());
      members.put(e.getKey(), new ObjectNode.Member(e.getKey(), blockKeys.get(e.getKey()),
          new ArrayNode(items, all)));
    }
    return new ObjectNode(members, span);
  }

  /** How many blocks a dynamic block yields when its for_each is known; -1 when it is not. */
  private int dynamicCount(Body dynamic) {
    Attribute forEach = dynamic.attribute("for_each").orElse(null);
    if (forEach == null) {
      return -1;
    }
    StaticValue v = resolver.resolve(forEach.value());
    int n = v instanceof StaticValue.ListValue l ? l.items().size()
        : v instanceof StaticValue.MapValue m ? m.entries().size() : -1;
    return Math.min(n, MAX_DYNAMIC_ITEMS);
  }

  /**
   * Whether an argument's unknown value may turn out null, which Terraform treats as not set: it
   * reads a dynamic block's iteration value (often an optional attribute of an object), or the
   * expression can yield {@code null} itself ({@code x ? y : null}, {@code lookup(m, k, null)}).
   */
  private boolean maybeNull(Attribute a) {
    Span at = a.value().span();
    String written = at.endOffset() <= text.length() && at.startOffset() <= at.endOffset()
        ? text.substring(at.startOffset(), at.endOffset()) : "";
    if (NULL_WORD.matcher(written).find()) {
      return true;
    }
    for (String it : iterators) {
      if (java.util.regex.Pattern.compile("(?<![A-Za-z0-9_.])" + java.util.regex.Pattern.quote(it)
          + "\\s*\\.").matcher(written).find()) {
        return true;
      }
    }
    return false;
  }

  private Node attribute(Attribute a) {
    return node(resolver.resolve(a.value()), null, a.value().span(), 0);
  }

  /**
   * @param at where to locate the value: null while it is written where it is used, else the
   *     reference ({@code var.x}) it came through
   * @param written the span of the expression as written at the use site, for unknown values
   */
  private Node node(StaticValue v, Span at, Span written, int depth) {
    for (Provenance p : v.via()) {
      if (at == null) {
        at = p.reference();
        written = p.reference();
      }
      if (p.kind() == Provenance.Kind.VARIABLE_DEFAULT) {
        if (unknown.contains(p.name())) {
          return new UnknownNode(source(written), at);
        }
        if (values.containsKey(p.name())) {
          String value = values.get(p.name());
          return new ScalarNode(value, quoted(value), null, at);
        }
        used.putIfAbsent(p.name(), new VariableUse(p.name(), describe(v), p.definition()));
      }
    }
    Span span = at == null ? v.span() : at;
    if (depth > MAX_DEPTH) {
      return new UnknownNode("...", span);
    }
    if (v instanceof StaticValue.Str s) {
      return new ScalarNode(s.value(), quoted(s.value()), null, span);
    } else if (v instanceof StaticValue.Num n) {
      return new ScalarNode(number(n.value(), n.text()), n.text(), null, span);
    } else if (v instanceof StaticValue.Bool b) {
      return new ScalarNode(b.value(), String.valueOf(b.value()), null, span);
    } else if (v instanceof StaticValue.Null) {
      return new ScalarNode(null, "null", null, span);
    } else if (v instanceof StaticValue.ListValue l) {
      List<Node> items = new ArrayList<>();
      for (StaticValue item : l.items()) {
        items.add(node(item, at, item.span(), depth + 1));
      }
      return new ArrayNode(items, span);
    } else if (v instanceof StaticValue.MapValue m) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (Map.Entry<String, StaticValue> e : m.entries().entrySet()) {
        Node value = node(e.getValue(), at, e.getValue().span(), depth + 1);
        members.put(e.getKey(), new ObjectNode.Member(e.getKey(), value.span(), value));
      }
      return new ObjectNode(members, span);
    }
    return new UnknownNode(source(written), span);
  }

  /** The value as messages show it: a scalar as it is, anything else as written. */
  private String describe(StaticValue v) {
    if (v instanceof StaticValue.Str s) {
      return s.value();
    } else if (v instanceof StaticValue.Num n) {
      return n.text();
    } else if (v instanceof StaticValue.Bool b) {
      return String.valueOf(b.value());
    }
    return source(v.span());
  }

  private String source(Span s) {
    if (s == null || s.startOffset() < 0 || s.endOffset() > text.length()
        || s.endOffset() < s.startOffset()) {
      return "...";
    }
    String written = text.substring(s.startOffset(), s.endOffset());
    return written.length() > 200 ? written.substring(0, 200) + "..." : written;
  }

  private static Object number(BigDecimal value, String text) {
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      try {
        return value.toBigIntegerExact();
      } catch (ArithmeticException e) {
        return value;
      }
    }
    return value;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
