package dev.sagelint.core;

import java.util.Locale;

/**
 * A bundled version of the SageMaker service model. Rules and schemas are keyed by it because AWS
 * changed what it accepts between versions (e.g. ExecutionRoleArn stopped being required).
 */
public enum ApiVersion {
  V2021_02_22("2021-02-22"),
  V2026_08_07("2026-08-07");

  private final String id;

  ApiVersion(String id) {
    this.id = id;
  }

  /** The date-shaped id used in schemas, configuration and output, e.g. {@code 2026-08-07}. */
  public String id() {
    return id;
  }

  /** The newest bundled model: what {@code latest} means. */
  public static ApiVersion latest() {
    ApiVersion[] all = values();
    return all[all.length - 1];
  }

  /** Parses a version id or {@code latest}. */
  public static ApiVersion parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("latest")) {
      return latest();
    }
    for (ApiVersion v : values()) {
      if (v.id.equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown API version '" + text + "' (expected 2021-02-22, 2026-08-07 or latest)");
  }

  @Override
  public String toString() {
    return id;
  }
}
