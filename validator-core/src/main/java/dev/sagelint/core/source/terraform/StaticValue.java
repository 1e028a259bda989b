package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of an expression as far as it can be known without running Terraform. Every value
 * knows where it is written ({@link #span()}: for a value taken from a variable's default, that
 * is inside the {@code variable} block) and through which variables and locals it came
 * ({@link #via()}, outermost first; empty when written where it is used).
 *
 * <p>{@link Unknown} is what anything else resolves to: function calls, resource attributes,
 * {@code count.index}, {@code each.value}, splats, for expressions. Rules give no shape finding on
 * an unknown value.
 */
public sealed interface StaticValue {

  /** Where the value itself is written. */
  Span span();

  /** The variables and locals it came through, outermost (the one written at the use site) first. */
  List<Provenance> via();

  /** A copy that came through {@code outer} before anything it already came through. */
  StaticValue through(List<Provenance> outer);

  /** Whether the value is known. A known list or map may still hold unknown items. */
  default boolean isKnown() {
    return !(this instanceof Unknown);
  }

  private static List<Provenance> join(List<Provenance> outer, List<Provenance> inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    List<Provenance> all = new ArrayList<>(outer);
    all.addAll(inner);
    return List.copyOf(all);
  }

  /** Not known until Terraform runs. */
  record Unknown(Span span, List<Provenance> via) implements StaticValue {
    public Unknown {
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new Unknown(span, join(outer, via));
    }
  }

  /** A string. */
  record Str(String value, Span span, List<Provenance> via) implements StaticValue {
    public Str {
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new Str(value, span, join(outer, via));
    }
  }

  /**
   * A number.
   *
   * @param text as written (or {@code -} and the text for a negated literal), for messages
   */
  record Num(BigDecimal value, String text, Span span, List<Provenance> via) implements StaticValue {
    public Num {
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new Num(value, text, span, join(outer, via));
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value, Span span, List<Provenance> via) implements StaticValue {
    public Bool {
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new Bool(value, span, join(outer, via));
    }
  }

  /** {@code null}: to Terraform, an argument set to null is not set. */
  record Null(Span span, List<Provenance> via) implements StaticValue {
    public Null {
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new Null(span, join(outer, via));
    }
  }

  /** A tuple constructor; items may be unknown. */
  record ListValue(List<StaticValue> items, Span span, List<Provenance> via)
      implements StaticValue {
    public ListValue {
      items = List.copyOf(items);
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new ListValue(items, span, join(outer, via));
    }
  }

  /** An object constructor with static keys, in source order; values may be unknown. */
  record MapValue(Map<String, StaticValue> entries, Span span, List<Provenance> via)
      implements StaticValue {
    public MapValue {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      via = List.copyOf(via);
    }

    @Override
    public StaticValue through(List<Provenance> outer) {
      return new MapValue(entries, span, join(outer, via));
    }
  }
}
