package dev.sagelint.core;

import java.util.Locale;

/** How bad a finding is. Ordered from least to most severe so {@code compareTo} means "at least". */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** Lower-case name used in every output format and in configuration files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /** Parses {@code info|warning|error} (case-insensitive); {@code warn} is accepted as an alias. */
  public static Severity parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("warn")) {
      return WARNING;
    }
    for (Severity s : values()) {
      if (s.label().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected info, warning or error)");
  }
}
