package dev.sagelint.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean...?": the closest candidates to a misspelt name, by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Up to {@code max} candidates close enough to {@code input} to be a plausible typo: a
   * case-insensitive match first, then those within a distance that grows with the length.
   */
  public static List<String> closest(String input, Collection<String> candidates, int max) {
    String lower = input.toLowerCase(Locale.ROOT);
    int budget = Math.max(2, Math.min(6, input.length() / 3));
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      int d = c.equalsIgnoreCase(input) ? 0 : distance(lower, c.toLowerCase(Locale.ROOT));
      if (d <= budget) {
        scored.add(new Scored(c, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(max).map(Scored::name).toList();
  }

  /** Levenshtein distance (insert, delete, substitute, all cost 1). */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Formats names as {@code `a`}, {@code `a` or `b`}, {@code `a`, `b` or `c`}. */
  public static String orList(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " or " : ", ");
      }
      sb.append('`').append(names.get(i)).append('`');
    }
    return sb.toString();
  }
}
