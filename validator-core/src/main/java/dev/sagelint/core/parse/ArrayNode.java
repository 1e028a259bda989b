package dev.sagelint.core.parse;

import java.util.List;

/** A JSON array / YAML sequence. */
public final class ArrayNode implements Node {
  private final List<Node> items;
  private final Span span;

  public ArrayNode(List<Node> items, Span span) {
    this.items = List.copyOf(items);
    this.span = span;
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
