package dev.sagelint.core.parse;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointers: building them from paths and resolving them against a {@link Node}. */
public final class JsonPointer {
  private JsonPointer() {}

  /** Escapes one reference token ({@code ~} to {@code ~0}, {@code /} to {@code ~1}). */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code parent + "/" + escaped token}. */
  public static String child(String parent, String token) {
    return parent + "/" + escape(token);
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer of the parent value ({@code ""} for a top-level member and for the root). */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** Splits a pointer into unescaped tokens; {@code ""} gives an empty list. */
  public static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /**
   * The last reference token of {@code pointer}, unescaped, or null for the whole document
   * ({@code ""}): what {@code tokens(pointer)} ends with, without splitting the rest. Rules call it
   * for every scalar of every document.
   */
  public static String lastToken(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    String raw = pointer.substring(pointer.lastIndexOf('/') + 1);
    return raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
  }

  /** The node at {@code pointer}, or {@code null}. */
  public static Node resolve(Node root, String pointer) {
    Node current = root;
    for (String token : tokens(pointer)) {
      current = step(current, token);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /**
   * The span of the value at {@code pointer}; where the path stops existing, the span of the
   * deepest node that does exist (the object that lacks a member, say).
   */
  public static Span closestSpan(Node root, String pointer) {
    Node current = root;
    for (String token : tokens(pointer)) {
      Node next = step(current, token);
      if (next == null) {
        return current.span();
      }
      current = next;
    }
    return current.span();
  }

  /**
   * The span of the key when {@code pointer} names an object member (where a user reads "this
   * member should not be here"), otherwise the same as {@link #closestSpan}.
   */
  public static Span keySpan(Node root, String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return root.span();
    }
    String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    Node parent = resolve(root, parentPointer);
    if (parent instanceof ObjectNode o && o.member(tokens.get(tokens.size() - 1)) != null) {
      return o.member(tokens.get(tokens.size() - 1)).keySpan();
    }
    return closestSpan(root, pointer);
  }

  private static Node step(Node node, String token) {
    if (node instanceof ObjectNode o) {
      return o.get(token);
    }
    if (node instanceof ArrayNode a) {
      try {
        int i = Integer.parseInt(token);
        return i >= 0 && i < a.size() ? a.get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
