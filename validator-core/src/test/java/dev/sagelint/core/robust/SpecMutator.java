package dev.sagelint.core.robust;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Mutates a valid spec into a broken one the way people and tools break specs: members deleted,
 * duplicated, renamed or retyped, scalars swapped for containers and back, extreme numbers,
 * unicode and control characters in keys and values, deeper nesting, and then damage to the text
 * itself (truncation, stray bytes, lost lines, tabs, CRLF, BOM, invalid UTF-8).
 *
 * <p>The document is held in a small model of its own (objects are lists of entries, so a key can
 * appear twice) and written back as JSON or block YAML. Every step is drawn from one
 * {@link SplittableRandom} and recorded, so a failing case can be replayed from its seed and read
 * from its trail.
 */
final class SpecMutator {
  /** A number kept as its literal, so that 1e400 or 0755 survive the round trip. */
  record Num(String literal) {}

  /** An object: entries in order, duplicates allowed. */
  record Obj(List<Map.Entry<String, Object>> entries) {}

  private static final String[] ODD_TEXT = {
    "\u0000", "\u0007", "\u001b[31m", "\t", "\r", "\n", "\u0085", "\u2028", "\u200b", "\u200f",
    "\uFEFF", "\u0301", "\uD83D\uDE80", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u00e9",
    "\u4e2d\u6587", "\u0410", "'", "\"", "\\", ": ", " #", "- ", "&a", "*a", "!Ref", "{{ x }}", "${X}",
    "<ROLE ARN>", "%", "~", "\uD800", "\uDFFF"};
  private static final String[] EXTREME_NUMBERS = {
    "0", "-1", "1.5", "1e30", "-1e30", "9223372036854775808", "-9223372036854775809", "1e-400",
    "1e400", "99999999999999999999999", "0.0000000000000000000001", "2147483648", "1E+2", "-0"};
  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-/]*");

  private final SplittableRandom random;
  private final List<String> trail = new ArrayList<>();

  SpecMutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  List<String> trail() {
    return trail;
  }

  // ---------------------------------------------------------------- model

  static Object model(JsonNode n) {
    if (n.isObject()) {
      List<Map.Entry<String, Object>> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        entries.add(new SimpleEntry<>(e.getKey(), model(e.getValue())));
      }
      return new Obj(entries);
    }
    if (n.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : n) {
        items.add(model(item));
      }
      return items;
    }
    if (n.isNumber()) {
      return new Num(n.numberValue().toString());
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull()) {
      return null;
    }
    return n.asString();
  }

  // ---------------------------------------------------------------- tree mutations

  /** Applies one to four structural mutations; returns the (possibly replaced) root. */
  Object mutateTree(Object root) {
    int steps = 1 + random.nextInt(4);
    for (int i = 0; i < steps; i++) {
      root = mutateOnce(root);
    }
    return root;
  }

  private Object mutateOnce(Object root) {
    List<Slot> slots = new ArrayList<>();
    collect(root, null, -1, "", slots);
    Slot s = slots.get(random.nextInt(slots.size()));
    switch (random.nextInt(9)) {
      case 0 -> {
        if (s.parent instanceof Obj o && !o.entries().isEmpty()) {
          trail.add("delete " + s.path);
          o.entries().remove(s.index);
          return root;
        }
        if (s.parent instanceof List<?> l && !l.isEmpty()) {
          trail.add("delete " + s.path);
          l.remove(s.index);
          return root;
        }
        return mutateOnce(root);
      }
      case 1 -> {
        if (s.parent instanceof Obj o) {
          Map.Entry<String, Object> e = o.entries().get(s.index);
          trail.add("duplicate " + s.path);
          o.entries().add(random.nextInt(o.entries().size() + 1),
              new SimpleEntry<>(e.getKey(), random.nextBoolean() ? e.getValue() : retyped(e.getValue())));
          return root;
        }
        if (s.parent instanceof List<?> l) {
          trail.add("duplicate " + s.path);
          @SuppressWarnings("unchecked") List<Object> items = (List<Object>) l;
          items.add(items.get(s.index));
          return root;
        }
        return mutateOnce(root);
      }
      case 2 -> {
        if (s.parent instanceof Obj o) {
          Map.Entry<String, Object> e = o.entries().get(s.index);
          String renamed = renamed(e.getKey());
          trail.add("rename " + s.path + " to " + printable(renamed));
          o.entries().set(s.index, new SimpleEntry<>(renamed, e.getValue()));
          return root;
        }
        return mutateOnce(root);
      }
      case 3, 4 -> {
        Object replacement = retyped(s.value);
        trail.add("retype " + s.path + " to " + describe(replacement));
        return replace(root, s, replacement);
      }
      case 5 -> {
        if (s.value instanceof String str) {
          String odd = injected(str);
          trail.add("inject into " + s.path + ": " + printable(odd));
          return replace(root, s, odd);
        }
        return replace(root, s, injected(""));
      }
      case 6 -> {
        Num n = new Num(EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
        trail.add("number " + s.path + " = " + n.literal());
        return replace(root, s, n);
      }
      case 7 -> {
        Object wrapped = s.value;
        int levels = 1 + random.nextInt(6);
        for (int i = 0; i < levels; i++) {
          wrapped = random.nextBoolean() ? new ArrayList<>(Collections.singletonList(wrapped)) : objectOf("X", wrapped);
        }
        trail.add("nest " + s.path + " " + levels + " levels deeper");
        return replace(root, s, wrapped);
      }
      default -> {
        if (s.value instanceof Obj o) {
          String key = random.nextBoolean() ? injected("Extra") : renamed("ModelName");
          trail.add("add member " + printable(key) + " to " + s.path);
          o.entries().add(new SimpleEntry<>(key, retyped(null)));
          return root;
        }
        return mutateOnce(root);
      }
    }
  }

  /** Where a value sits: in an object entry, a list item, or at the root. */
  private record Slot(Object parent, int index, Object value, String path) {}

  private static void collect(Object value, Object parent, int index, String path, List<Slot> out) {
    out.add(new Slot(parent, index, value, path.isEmpty() ? "/" : path));
    if (value instanceof Obj o) {
      for (int i = 0; i < o.entries().size(); i++) {
        collect(o.entries().get(i).getValue(), o, i, path + "/" + o.entries().get(i).getKey(), out);
      }
    } else if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        collect(l.get(i), l, i, path + "/" + i, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object replace(Object root, Slot s, Object replacement) {
    if (s.parent instanceof Obj o) {
      o.entries().set(s.index, new SimpleEntry<>(o.entries().get(s.index).getKey(), replacement));
      return root;
    }
    if (s.parent instanceof List<?> l) {
      ((List<Object>) l).set(s.index, replacement);
      return root;
    }
    return replacement;
  }

  private Object retyped(Object old) {
    return switch (random.nextInt(8)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> new Num(EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
      case 3 -> old instanceof String s ? s + "x" : "text";
      case 4 -> new ArrayList<>(old == null ? List.of() : List.of(old));
      case 5 -> objectOf(old instanceof String s ? s : "Key", old);
      case 6 -> new ArrayList<>();
      default -> new Obj(new ArrayList<>());
    };
  }

  private static Obj objectOf(String key, Object value) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    entries.add(new SimpleEntry<>(key, value));
    return new Obj(entries);
  }

  private String renamed(String key) {
    if (key.isEmpty()) {
      return injected("");
    }
    int i = random.nextInt(key.length());
    return switch (random.nextInt(5)) {
      case 0 -> key.substring(0, i) + key.substring(i + 1);
      case 1 -> key.toLowerCase();
      case 2 -> key + "s";
      case 3 -> key.substring(0, i) + ODD_TEXT[random.nextInt(ODD_TEXT.length)] + key.substring(i);
      default -> "";
    };
  }

  private String injected(String s) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
    String odd = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
    if (random.nextInt(10) == 0) {
      odd = odd.repeat(1 + random.nextInt(2000));
    }
    return s.substring(0, at) + odd + s.substring(at);
  }

  // ---------------------------------------------------------------- writing

  static String json(Object v) {
    StringBuilder out = new StringBuilder();
    writeJson(v, out, 0);
    return out.append('\n').toString();
  }

  private static void writeJson(Object v, StringBuilder out, int indent) {
    if (v instanceof Obj o) {
      out.append('{');
      for (int i = 0; i < o.entries().size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
        jsonString(o.entries().get(i).getKey(), out);
        out.append(": ");
        writeJson(o.entries().get(i).getValue(), out, indent + 1);
      }
      out.append(o.entries().isEmpty() ? "" : "\n" + "  ".repeat(indent)).append('}');
    } else if (v instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        writeJson(l.get(i), out, indent + 1);
      }
      out.append(']');
    } else if (v instanceof String s) {
      jsonString(s, out);
    } else if (v instanceof Num n) {
      out.append(n.literal());
    } else {
      out.append(v);
    }
  }

  private static void jsonString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Block YAML; plain scalars where they are safe, so that plain-scalar resolution is exercised. */
  static String yaml(Object v) {
    StringBuilder out = new StringBuilder();
    if (v instanceof Obj o && !o.entries().isEmpty() || v instanceof List<?> l && !l.isEmpty()) {
      writeYamlBlock(v, out, 0);
    } else {
      writeYamlInline(v, out);
      out.append('\n');
    }
    return out.toString();
  }

  private static void writeYamlBlock(Object v, StringBuilder out, int indent) {
    String pad = "  ".repeat(indent);
    if (v instanceof Obj o) {
      for (Map.Entry<String, Object> e : o.entries()) {
        out.append(pad);
        yamlScalar(e.getKey(), out);
        out.append(':');
        writeYamlValue(e.getValue(), out, indent + 1);
      }
    } else {
      for (Object item : (List<?>) v) {
        out.append(pad).append('-');
        writeYamlValue(item, out, indent + 1);
      }
    }
  }

  private static void writeYamlValue(Object v, StringBuilder out, int indent) {
    if (v instanceof Obj o && !o.entries().isEmpty() || v instanceof List<?> l && !l.isEmpty()) {
      out.append('\n');
      writeYamlBlock(v, out, indent);
    } else {
      out.append(' ');
      writeYamlInline(v, out);
      out.append('\n');
    }
  }

  private static void writeYamlInline(Object v, StringBuilder out) {
    if (v instanceof Obj) {
      out.append("{}");
    } else if (v instanceof List<?>) {
      out.append("[]");
    } else if (v instanceof String s) {
      yamlScalar(s, out);
    } else if (v instanceof Num n) {
      out.append(n.literal());
    } else {
      out.append(v == null ? "null" : v.toString());
    }
  }

  private static void yamlScalar(String s, StringBuilder out) {
    if (PLAIN_SAFE.matcher(s).matches() && !s.equalsIgnoreCase("null") && !s.equalsIgnoreCase("true")
        && !s.equalsIgnoreCase("false")) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
          || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  // ---------------------------------------------------------------- text and byte damage

  /** Damages the written text the way editors, copy-paste and truncated downloads do. */
  String damageText(String text) {
    String t = text;
    if (random.nextInt(8) == 0) {
      t = t.replace("\n", "\r\n");
      trail.add("CRLF line endings");
    }
    if (random.nextInt(12) == 0 && t.contains("\n  ")) {
      t = t.replaceFirst("\n  ", "\n\t");
      trail.add("a tab for indentation");
    }
    if (random.nextInt(8) == 0 && !t.isEmpty()) {
      String[] lines = t.split("\n", -1);
      int drop = random.nextInt(lines.length);
      List<String> kept = new ArrayList<>(List.of(lines));
      kept.remove(drop);
      t = String.join("\n", kept);
      trail.add("line " + (drop + 1) + " deleted");
    }
    if (random.nextInt(8) == 0) {
      int at = random.nextInt(t.length() + 1);
      String odd = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
      t = t.substring(0, at) + odd + t.substring(at);
      trail.add("raw " + printable(odd) + " at offset " + at);
    }
    if (random.nextInt(7) == 0 && !t.isEmpty()) {
      int at = random.nextInt(t.length());
      t = t.substring(0, at);
      trail.add("truncated at offset " + at);
    }
    if (random.nextInt(20) == 0) {
      t = "\uFEFF" + t;
      trail.add("BOM");
    }
    return t;
  }

  /** UTF-8 bytes, now and then with an invalid sequence spliced in. */
  byte[] bytes(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(25) != 0 || b.length == 0) {
      return b;
    }
    int at = random.nextInt(b.length);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    int len = 1 + random.nextInt(bad.length);
    byte[] out = new byte[b.length + len];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, len);
    System.arraycopy(b, at, out, at + len, b.length - at);
    trail.add("invalid UTF-8 at byte " + at);
    return out;
  }

  boolean coin(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  int pick(int bound) {
    return random.nextInt(bound);
  }

  private static String describe(Object v) {
    if (v instanceof Obj) {
      return "object";
    }
    if (v instanceof List<?>) {
      return "array";
    }
    if (v instanceof Num n) {
      return n.literal();
    }
    return v == null ? "null" : v instanceof String s ? "\"" + printable(s) + "\"" : v.toString();
  }

  static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < 60; i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return s.length() > 60 ? out + "...(" + s.length() + " chars)" : out.toString();
  }
}
