package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.List;
import java.util.Optional;

/**
 * An HCL expression as written, never evaluated. The subtypes follow the expression forms of
 * the HCL native syntax specification; the interface is sealed, so these are all there are.
 */
public sealed interface Expression extends HclNode {

  /** A number as written ({@code 1}, {@code 0.5}, {@code 1e3}); kept as text, never rounded. */
  record NumberLiteral(String text, Span span) implements Expression {}

  /** {@code true} or {@code false}. */
  record BoolLiteral(boolean value, Span span) implements Expression {}

  /** {@code null}. */
  record NullLiteral(Span span) implements Expression {}

  /** How a template was written. */
  enum TemplateForm {
    /** {@code "..."} */
    QUOTED,
    /** {@code <<EOF ... EOF} */
    HEREDOC,
    /** {@code <<-EOF ... EOF}: the common leading whitespace of the lines is removed */
    INDENTED_HEREDOC
  }

  /**
   * A quoted string or a heredoc: literal text mixed with {@code ${...}} interpolations and
   * {@code %{...}} directives.
   *
   * @param form how it was written
   * @param parts the pieces, in order; escapes in literal text are already decoded
   * @param span the whole template, quotes or heredoc markers included
   */
  record Template(TemplateForm form, List<TemplatePart> parts, Span span) implements Expression {
    public Template {
      parts = List.copyOf(parts);
    }

    /**
     * The string this template denotes when it has no interpolation and no directive: the text
     * with escapes decoded and, for {@code <<-}, the common indentation removed. Empty when any
     * part needs evaluation.
     */
    public Optional<String> literalValue() {
      StringBuilder text = new StringBuilder();
      for (TemplatePart p : parts) {
        if (!(p instanceof TemplatePart.Text t)) {
          return Optional.empty();
        }
        text.append(t.value());
      }
      String s = text.toString();
      return Optional.of(form == TemplateForm.INDENTED_HEREDOC ? Heredocs.dedent(s) : s);
    }
  }

  /** A bare name that starts a reference: {@code var}, {@code local}, {@code aws_sagemaker_model}. */
  record Variable(String name, Span span) implements Expression {}

  /** {@code object.name}. */
  record GetAttr(Expression object, String name, Span nameSpan, Span span) implements Expression {}

  /**
   * {@code collection[key]}, or the legacy {@code collection.0} form.
   *
   * @param legacy whether it was written with a dot
   */
  record Index(Expression collection, Expression key, boolean legacy, Span span)
      implements Expression {}

  /**
   * {@code source.*.a.b} (attribute splat) or {@code source[*].a[0]} (full splat): the steps
   * after the star apply to each element.
   *
   * @param full whether written {@code [*]} (whose steps may include indexes)
   * @param each the steps applied to every element, in order
   */
  record Splat(Expression source, boolean full, List<Step> each, Span span) implements Expression {
    public Splat {
      each = List.copyOf(each);
    }
  }

  /** One step of a splat: an attribute name or an index. */
  sealed interface Step extends HclNode {}

  /** {@code .name} after a splat. */
  record AttrStep(String name, Span span) implements Step {}

  /** {@code [key]} after a full splat. */
  record IndexStep(Expression key, Span span) implements Step {}

  /**
   * {@code name(args)}. Provider functions keep their namespace: {@code provider::aws::arn_parse}.
   *
   * @param expandFinal whether the last argument was followed by {@code ...}
   */
  record FunctionCall(String name, Span nameSpan, List<Expression> args, boolean expandFinal,
      Span span) implements Expression {
    public FunctionCall {
      args = List.copyOf(args);
    }
  }

  /** {@code [a, b, c]}. */
  record Tuple(List<Expression> items, Span span) implements Expression {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** {@code { key = value, ... }}. */
  record ObjectCons(List<ObjectItem> items, Span span) implements Expression {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  /**
   * One {@code key = value} (or {@code key: value}) of an object constructor.
   *
   * @param key a bare identifier is a {@link Variable} here but means the string itself, as in
   *     HCL; write {@code (key)} for a reference, which arrives as {@link Parens}
   */
  record ObjectItem(Expression key, Expression value, Span span) implements HclNode {

    /** The key as a string when it is a bare identifier or a literal string; else empty. */
    public Optional<String> keyName() {
      if (key instanceof Variable v) {
        return Optional.of(v.name());
      }
      if (key instanceof Template t) {
        return t.literalValue();
      }
      return Optional.empty();
    }
  }

  /**
   * {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if
   * cond}}.
   *
   * @param keyVar the first iteration variable, or {@code null} when only one is named
   * @param valueVar the (last) iteration variable
   * @param keyExpr the key expression of an object for, {@code null} for a tuple for
   * @param grouping whether the value is followed by {@code ...}
   * @param condition the {@code if} filter, or {@code null}
   */
  record ForExpr(String keyVar, String valueVar, Expression collection, Expression keyExpr,
      Expression valueExpr, boolean grouping, Expression condition, Span span)
      implements Expression {

    /** Whether this builds an object ({@code {for ...}}) rather than a tuple. */
    public boolean isObject() {
      return keyExpr != null;
    }
  }

  /** {@code condition ? whenTrue : whenFalse}. */
  record Conditional(Expression condition, Expression whenTrue, Expression whenFalse, Span span)
      implements Expression {}

  /** The binary operators, with their HCL spelling. */
  enum BinaryOperator {
    OR("||"), AND("&&"), EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="),
    GREATER(">"), GREATER_OR_EQUAL(">="), ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"),
    MODULO("%");

    private final String symbol;

    BinaryOperator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code left op right}. */
  record Binary(BinaryOperator operator, Expression left, Expression right, Span span)
      implements Expression {}

  /** {@code !operand} ({@code negate} false) or {@code -operand} ({@code negate} true). */
  record Unary(boolean negate, Expression operand, Span span) implements Expression {}

  /** {@code (inner)}: kept because parentheses change the meaning of an object key. */
  record Parens(Expression inner, Span span) implements Expression {}
}
