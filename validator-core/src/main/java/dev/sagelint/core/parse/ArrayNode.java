package dev.sagelint.core.parse;

import java.util.List;

/** A JSON array / YAML sequence. */
public final class ArrayNode implements Node {
  private final List<Node> items;
  private final Span span;
  private final String tag;

  public ArrayNode(List<Node> items, Span span) {
    this(items, span, null);
  }

  /** A sequence with an explicit custom YAML tag ({@code !If [...]}), or null. */
  public ArrayNode(List<Node> items, Span span, String tag) {
    this.items = List.copyOf(items);
    this.span = span;
    this.tag = tag;
  }

  /** The custom YAML tag written on this sequence, or null. */
  public String tag() {
    return tag;
  }

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String typeName() {
    return "array";
  }

  public List<Node> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public Node get(int index) {
    return items.get(index);
  }
}
