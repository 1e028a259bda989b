package dev.sagelint.core.config;

import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The lowest severity that fails a run ({@code --fail-on}, {@code fail-on:}). {@link #NONE} never
 * fails, for jobs that only want the report.
 */
public enum FailOn {
  INFO(Severity.INFO),
  WARNING(Severity.WARNING),
  ERROR(Severity.ERROR),
  NONE(null);

  /** What a run fails on when nobody says otherwise. */
  public static final FailOn DEFAULT = ERROR;

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The threshold severity, or empty for {@link #NONE}. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** Whether {@code result} has a finding at or above the threshold. */
  public boolean fails(LintResult result) {
    return threshold != null && result.countAtLeast(threshold) > 0;
  }

  /** Parses {@code error|warning|info|none} (case-insensitive; {@code warn} is accepted). */
  public static FailOn parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none")) {
      return NONE;
    }
    try {
      Severity s = Severity.parse(t);
      return valueOf(s.name());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown fail-on level '" + text + "' (expected error, warning, info or none)", e);
    }
  }
}
