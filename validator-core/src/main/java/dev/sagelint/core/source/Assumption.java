package dev.sagelint.core.source;

import dev.sagelint.core.parse.Span;
import java.util.List;

/**
 * A value a view was built with that a deployment may change: a template parameter at its
 * {@code Default}, a Terraform variable at its {@code default}. Findings that exist only because
 * of it are reported as what they are: possible, not certain.
 *
 * @param name unique within the spec ({@code InstanceType})
 * @param description how messages name it ({@code parameter InstanceType})
 * @param value the value assumed, as text
 * @param declaredAt where it is declared (the parameter), for a related location
 * @param allowed every value a deployment may give it, when that list is closed; else empty
 */
public record Assumption(String name, String description, String value, Span declaredAt,
    List<String> allowed) {
  public Assumption {
    allowed = List.copyOf(allowed);
  }
}
