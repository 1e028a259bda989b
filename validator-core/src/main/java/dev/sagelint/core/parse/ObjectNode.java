package dev.sagelint.core.parse;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object / YAML mapping. Members keep source order; of duplicate keys the last wins, as
 * in the JSON and YAML loaders that the AWS CLI and boto3 use. */
public final class ObjectNode implements Node {
  private final Map<String, Member> members;
  private final Span span;
  private final String tag;

  public ObjectNode(LinkedHashMap<String, Member> members, Span span) {
    this(members, span, null);
  }

  /** A mapping with an explicit custom YAML tag ({@code !Transform {...}}), or null. */
  public ObjectNode(LinkedHashMap<String, Member> members, Span span, String tag) {
    this.members = Collections.unmodifiableMap(members);
    this.span = span;
    this.tag = tag;
  }

  /** The custom YAML tag written on this mapping, or null. */
  public String tag() {
    return tag;
  }

  /** A member: its key (with the key's own span) and its value. */
  public record Member(String key, Span keySpan, Node value) {}

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String typeName() {
    return "object";
  }

  public Node get(String key) {
    Member m = members.get(key);
    return m == null ? null : m.value();
  }

  public Member member(String key) {
    return members.get(key);
  }

  public boolean has(String key) {
    return members.containsKey(key);
  }

  public Collection<Member> members() {
    return members.values();
  }

  public int size() {
    return members.size();
  }

  /** The string value of a member, or {@code null} when absent or not a string. */
  public String text(String key) {
    Node n = get(key);
    return n == null ? null : n.asText();
  }

  /** The member value when it is an object, otherwise {@code null}. */
  public ObjectNode object(String key) {
    return get(key) instanceof ObjectNode o ? o : null;
  }

  /** The member value when it is an array, otherwise {@code null}. */
  public ArrayNode array(String key) {
    return get(key) instanceof ArrayNode a ? a : null;
  }
}
