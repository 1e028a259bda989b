package dev.sagelint.core.rules;

import dev.sagelint.core.parse.JsonPointer;
import java.util.List;

/** Pointers written the way users read them in messages: {@code ProductionVariants[0].InstanceType}. */
public final class Paths {
  private Paths() {}

  public static String readable(String pointer) {
    List<String> tokens = JsonPointer.tokens(pointer);
    if (tokens.isEmpty()) {
      return "the document";
    }
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(t).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(t);
      }
    }
    return sb.toString();
  }

  /** Builds a pointer from names and indexes: {@code of("ProductionVariants", 0, "InstanceType")}. */
  public static String of(Object... tokens) {
    StringBuilder sb = new StringBuilder();
    for (Object t : tokens) {
      sb.append('/').append(t instanceof Integer ? t.toString() : JsonPointer.escape(String.valueOf(t)));
    }
    return sb.toString();
  }
}
