package dev.sagelint.core.robust;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing input to a small one that still fails, as property-testing libraries do
 * before reporting: delta debugging (Zeller's ddmin) over lines, then over bytes, so that a
 * regression fixture shows the cause, not a 300-line spec. Works on bytes because some failing
 * inputs are not valid UTF-8. {@code budget} bounds the calls of {@code fails}: each one lints
 * the candidate.
 */
final class Shrinker {
  private final Predicate<byte[]> fails;
  private int budget;

  private Shrinker(Predicate<byte[]> fails, int budget) {
    this.fails = fails;
    this.budget = budget;
  }

  /** A smaller input for which {@code fails} still holds ({@code input} itself if none is found). */
  static byte[] shrink(byte[] input, Predicate<byte[]> fails, int budget) {
    Shrinker s = new Shrinker(fails, budget);
    List<byte[]> lines = s.ddmin(lines(input));
    List<byte[]> bytes = new ArrayList<>();
    for (byte b : join(lines)) {
      bytes.add(new byte[] {b});
    }
    return join(s.ddmin(bytes));
  }

  /** ddmin: remove ever smaller chunks while the rest still fails. */
  private List<byte[]> ddmin(List<byte[]> units) {
    int n = 2;
    while (units.size() >= 2 && budget > 0) {
      int chunk = (units.size() + n - 1) / n;
      boolean reduced = false;
      for (int start = 0; start < units.size() && budget > 0; start += chunk) {
        List<byte[]> rest = new ArrayList<>(units.subList(0, start));
        rest.addAll(units.subList(Math.min(units.size(), start + chunk), units.size()));
        budget--;
        if (!rest.isEmpty() && fails.test(join(rest))) {
          units = rest;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= units.size()) {
          break;
        }
        n = Math.min(n * 2, units.size());
      }
    }
    return units;
  }

  /** Lines with their line breaks, so that joining them gives the input back. */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        out.add(java.util.Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      out.add(java.util.Arrays.copyOfRange(input, start, input.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
