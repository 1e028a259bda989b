package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.Span;

/**
 * How a value reached the place that uses it, when it was not written there: through a
 * variable's default or a local value. Messages say so ("from the default of variable
 * `instance_type`"), because a default can be overridden where the module is used.
 *
 * @param kind variable default or local value
 * @param name the variable's or local's name
 * @param reference where {@code var.name} or {@code local.name} is written
 * @param definition where the default or the local's value is written
 */
public record Provenance(Kind kind, String name, Span reference, Span definition) {

  /** Through what a value came. */
  public enum Kind {
    /** {@code var.x}, from the {@code default} of {@code variable "x"} in the same module. */
    VARIABLE_DEFAULT,
    /** {@code local.x}, from {@code locals { x = ... }} in the same module. */
    LOCAL
  }
}
