package dev.sagelint.core.source.terraform.hcl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, unambiguous text form of a tree, so tests can state the whole expected shape in
 * one string: operators and conditionals fully parenthesised, strings quoted.
 */
final class Dump {
  private Dump() {}

  static String of(Expression e) {
    return switch (e) {
      case Expression.NumberLiteral n -> n.text();
      case Expression.BoolLiteral b -> String.valueOf(b.value());
      case Expression.NullLiteral n -> "null";
      case Expression.Template t -> template(t);
      case Expression.Variable v -> v.name();
      case Expression.GetAttr g -> of(g.object()) + "." + g.name();
      case Expression.Index i -> of(i.collection()) + (i.legacy() ? "." + of(i.key()) : "[" + of(i.key()) + "]");
      case Expression.Splat s -> of(s.source()) + (s.full() ? "[*]" : ".*")
          + s.each().stream().map(Dump::step).collect(Collectors.joining());
      case Expression.FunctionCall f -> f.name() + "(" + list(f.args()) + (f.expandFinal() ? "..." : "") + ")";
      case Expression.Tuple t -> "[" + list(t.items()) + "]";
      case Expression.ObjectCons o -> "{" + o.items().stream()
          .map(i -> of(i.key()) + " = " + of(i.value())).collect(Collectors.joining(", ")) + "}";
      case Expression.ForExpr f -> (f.isObject() ? "{" : "[") + "for "
          + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in " + of(f.collection())
          + " : " + (f.isObject() ? of(f.keyExpr()) + " => " : "") + of(f.valueExpr())
          + (f.grouping() ? "..." : "") + (f.condition() == null ? "" : " if " + of(f.condition()))
          + (f.isObject() ? "}" : "]");
      case Expression.Conditional c -> "(" + of(c.condition()) + " ? " + of(c.whenTrue()) + " : " + of(c.whenFalse()) + ")";
      case Expression.Binary b -> "(" + of(b.left()) + " " + b.operator().symbol() + " " + of(b.right()) + ")";
      case Expression.Unary u -> "(" + (u.negate() ? "-" : "!") + of(u.operand()) + ")";
      case Expression.Parens p -> "paren(" + of(p.inner()) + ")";
      case Expression.Invalid i -> "<invalid>";
    };
  }

  private static String step(Expression.Step s) {
    return switch (s) {
      case Expression.AttrStep a -> "." + a.name();
      case Expression.IndexStep i -> "[" + of(i.key()) + "]";
    };
  }

  private static String list(List<Expression> items) {
    return items.stream().map(Dump::of).collect(Collectors.joining(", "));
  }

  private static String template(Expression.Template t) {
    String prefix = switch (t.form()) {
      case QUOTED -> "";
      case HEREDOC -> "heredoc";
      case INDENTED_HEREDOC -> "heredoc-";
    };
    return prefix + "\"" + parts(t.parts()) + "\"";
  }

  private static String parts(List<TemplatePart> parts) {
    StringBuilder out = new StringBuilder();
    for (TemplatePart p : parts) {
      switch (p) {
        case TemplatePart.Text x -> out.append(x.value().replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\""));
        case TemplatePart.Interpolation i -> out.append("${").append(i.stripBefore() ? "~" : "")
            .append(of(i.expression())).append(i.stripAfter() ? "~" : "").append("}");
        case TemplatePart.If i -> out.append("%{if ").append(of(i.condition())).append("}")
            .append(parts(i.whenTrue())).append(i.whenFalse().isEmpty() ? "" : "%{else}" + parts(i.whenFalse()))
            .append("%{endif}");
        case TemplatePart.For f -> out.append("%{for ").append(f.keyVar() == null ? "" : f.keyVar() + ", ")
            .append(f.valueVar()).append(" in ").append(of(f.collection())).append("}")
            .append(parts(f.body())).append("%{endfor}");
      }
    }
    return out.toString();
  }

  /** {@code line:column-line:column} of a node. */
  static String at(HclNode n) {
    var s = n.span();
    return s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
  }
}
