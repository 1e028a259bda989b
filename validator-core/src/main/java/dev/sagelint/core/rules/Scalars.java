package dev.sagelint.core.rules;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every scalar of a document with its pointer, for rules that look at values wherever they sit
 * (ARNs, placeholders, YAML spellings), plus the one judgement those rules share: which values are
 * free text that the user may fill with anything.
 */
public final class Scalars {
  private Scalars() {}

  /** A scalar and where it is. */
  public record At(String pointer, ScalarNode node) {}

  /**
   * The last walk of each thread. Several rules walk the same document one after another on the
   * same worker thread; remembering one walk (by identity, as an unmodifiable list) saves the
   * others the walk and its pointer strings without making rules stateful.
   */
  private static final ThreadLocal<Walked> LAST = new ThreadLocal<>();

  private record Walked(Node root, List<At> scalars) {}

  /**
   * All scalars under {@code root} in document order, as an unmodifiable list. YAML aliases are
   * visited where they are used.
   */
  public static List<At> of(Node root) {
    Walked last = LAST.get();
    if (last != null && last.root() == root) {
      return last.scalars();
    }
    List<At> out = new ArrayList<>();
    walk(root, "", out, 0);
    List<At> scalars = Collections.unmodifiableList(out);
    LAST.set(new Walked(root, scalars));
    return scalars;
  }

  private static void walk(Node node, String pointer, List<At> out, int depth) {
    // Parse limits already bound nesting; this guard only keeps an alias cycle from recursing.
    if (depth > 200) {
      return;
    }
    if (node instanceof ScalarNode s) {
      out.add(new At(pointer, s));
    } else if (node instanceof ObjectNode o) {
      for (ObjectNode.Member m : o.members()) {
        walk(m.value(), JsonPointer.child(pointer, m.key()), out, depth + 1);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        walk(a.get(i), JsonPointer.child(pointer, i), out, depth + 1);
      }
    }
  }

  /**
   * True for values whose content is the user's own text rather than an AWS identifier: the values
   * of an {@code Environment} map, tag values, and everything under {@code ExplainerConfig} (Clarify
   * templates and JMESPath expressions). Rules that parse identifiers skip these; rules that look
   * for leftovers treat them with more care, since {@code <pad>} or {@code $features} are legitimate there.
   */
  public static boolean isFreeText(String pointer) {
    // Compares raw tokens where they stand instead of splitting the pointer (this runs for every
    // scalar, in several rules): the names below contain neither '~' nor '/', so no escaped token
    // can equal them.
    if (pointer.startsWith("/ExplainerConfig")
        && (pointer.length() == 16 || pointer.charAt(16) == '/')) {
      return true;
    }
    int last = pointer.lastIndexOf('/');
    int secondLast = last > 0 ? pointer.lastIndexOf('/', last - 1) : -1;
    if (secondLast < 0) {
      return false;
    }
    if (isToken(pointer, secondLast, last, "Environment")) {
      return true;
    }
    int thirdLast = secondLast > 0 ? pointer.lastIndexOf('/', secondLast - 1) : -1;
    return thirdLast >= 0 && isToken(pointer, thirdLast, secondLast, "Tags")
        && isToken(pointer, last, pointer.length(), "Value");
  }

  /** Whether the token between the slash at {@code slash} and {@code end} is {@code name}. */
  private static boolean isToken(String pointer, int slash, int end, String name) {
    return end - slash - 1 == name.length() && pointer.startsWith(name, slash + 1);
  }

}
