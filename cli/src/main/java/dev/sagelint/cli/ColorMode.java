package dev.sagelint.cli;

/** {@code --color}: when the text format may use ANSI colours. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER
}
