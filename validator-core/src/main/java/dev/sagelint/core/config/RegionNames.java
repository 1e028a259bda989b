package dev.sagelint.core.config;

import dev.sagelint.schemas.SageMakerRegions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a target region given by the user ({@code --region}, {@code region:} in the configuration,
 * the Maven plugin's {@code sagelint.region}) against the regions where SageMaker is offered, as
 * the AWS SDK's endpoint data lists them (docs/adr/0021-sagemaker-regions-from-sdk-endpoints.md).
 * A typo there would make the region-aware rules compare every reference with a region nothing
 * can be deployed to, so it is refused up front rather than reported on every file.
 */
public final class RegionNames {
  /** How many equally close regions a "did you mean" names at most. */
  private static final int MAX_SUGGESTIONS = 3;

  private RegionNames() {}

  /** Whether SageMaker is offered in {@code region}. */
  public static boolean isKnown(String region) {
    return SageMakerRegions.bundled().contains(region);
  }

  /**
   * Empty when SageMaker is offered in {@code region}; otherwise why not, in words, with the value
   * and any suggestion between {@code quote} characters (the CLI quotes with {@code '}, the
   * configuration messages with {@code `}).
   */
  public static Optional<String> problem(String region, String quote) {
    if (isKnown(region)) {
      return Optional.empty();
    }
    List<String> close = suggestions(region);
    String quoted = quote + region + quote;
    if (close.isEmpty()) {
      return Optional.of(ConfigLoader.msg("config.region.unknown", quoted));
    }
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < close.size(); i++) {
      if (i > 0) {
        names.append(i == close.size() - 1 ? " or " : ", ");
      }
      names.append(quote).append(close.get(i)).append(quote);
    }
    return Optional.of(ConfigLoader.msg("config.region.close", quoted, names));
  }

  /**
   * The known regions {@code region} is most likely a typo of: a known region written inside it
   * ({@code us-east-1-fips} is an endpoint name, not a region), else those at the smallest edit
   * distance, counting a swap of two neighbouring letters as one edit ({@code us-esat-1} is one
   * edit from {@code us-east-1} but two from {@code us-west-1}), if that distance is small for
   * the length.
   */
  static List<String> suggestions(String region) {
    String lower = region.toLowerCase(Locale.ROOT);
    Optional<String> inside = SageMakerRegions.bundled().all().stream().filter(lower::contains)
        .max(Comparator.comparingInt(String::length));
    if (inside.isPresent()) {
      return List.of(inside.get());
    }
    int budget = Math.max(2, Math.min(6, lower.length() / 3));
    int best = Integer.MAX_VALUE;
    List<String> closest = new ArrayList<>();
    for (String known : SageMakerRegions.bundled().all()) {
      int d = distance(lower, known);
      if (d < best) {
        best = d;
        closest.clear();
      }
      if (d == best) {
        closest.add(known);
      }
    }
    return best <= budget ? closest.stream().sorted().limit(MAX_SUGGESTIONS).toList() : List.of();
  }

  /** Optimal string alignment distance: insert, delete, substitute or swap neighbours, each 1. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
