package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.List;

/** A piece of a {@link Expression.Template}. */
public sealed interface TemplatePart extends HclNode {

  /**
   * Literal text. In a quoted string the escapes (backslash n, backslash quote, backslash u and
   * four hex digits...) are decoded; in both forms <code>$${</code> and <code>%%{</code> have
   * become <code>${</code> and <code>%{</code>.
   */
  record Text(String value, Span span) implements TemplatePart {}

  /**
   * {@code ${expr}}.
   *
   * @param stripBefore whether written <code>${~</code>: whitespace before it is trimmed
   * @param stripAfter whether written <code>~}</code>: whitespace after it is trimmed
   */
  record Interpolation(Expression expression, boolean stripBefore, boolean stripAfter, Span span)
      implements TemplatePart {}

  /** {@code %{ if cond }...%{ else }...%{ endif }}; {@code whenFalse} is empty without else. */
  record If(Expression condition, List<TemplatePart> whenTrue, List<TemplatePart> whenFalse,
      Span span) implements TemplatePart {
    public If {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }
  }

  /** {@code %{ for k, v in coll }...%{ endfor }}; {@code keyVar} is null when only one is named. */
  record For(String keyVar, String valueVar, Expression collection, List<TemplatePart> body,
      Span span) implements TemplatePart {
    public For {
      body = List.copyOf(body);
    }
  }
}
