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
    if (e instanceof Expression.NumberLiteral n) {
      return n.text();
    } else if (e instanceof Expression.BoolLiteral b) {
      return String.valueOf(b.value());
    } else if (e instanceof Expression.NullLiteral) {
      return "null";
    } else if (e instanceof Expression.Template t) {
      return template(t);
    } else if (e instanceof Expression.Variable v) {
      return v.name();
    } else if (e instanceof Expression.GetAttr g) {
      return of(g.object()) + "." + g.name();
    } else if (e instanceof Expression.Index i) {
      return of(i.collection()) + (i.legacy() ? "." + of(i.key()) : "[" + of(i.key()) + "]");
    } else if (e instanceof Expression.Splat s) {
      return of(s.source()) + (s.full() ? "[*]" : ".*")
          + s.each().stream().map(Dump::step).collect(Collectors.joining());
    } else if (e instanceof Expression.FunctionCall f) {
      return f.name() + "(" + list(f.args()) + (f.expandFinal() ? "..." : "") + ")";
    } else if (e instanceof Expression.Tuple t) {
      return "[" + list(t.items()) + "]";
    } else if (e instanceof Expression.ObjectCons o) {
      return "{" + o.items().stream().map(i -> of(i.key()) + " = " + of(i.value()))
          .collect(Collectors.joining(", ")) + "}";
    } else if (e instanceof Expression.ForExpr f) {
      return (f.isObject() ? "{" : "[") + "for "
          + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in "
          + of(f.collection()) + " : " + (f.isObject() ? of(f.keyExpr()) + " => " : "")
          + of(f.valueExpr()) + (f.grouping() ? "..." : "")
          + (f.condition() == null ? "" : " if " + of(f.condition())) + (f.isObject() ? "}" : "]");
    } else if (e instanceof Expression.Conditional c) {
      return "(" + of(c.condition()) + " ? " + of(c.whenTrue()) + " : " + of(c.whenFalse()) + ")";
    } else if (e instanceof Expression.Binary b) {
      return "(" + of(b.left()) + " " + b.operator().symbol() + " " + of(b.right()) + ")";
    } else if (e instanceof Expression.Unary u) {
      return "(" + (u.negate() ? "-" : "!") + of(u.operand()) + ")";
    } else if (e instanceof Expression.Parens p) {
      return "paren(" + of(p.inner()) + ")";
    }
    throw new IllegalArgumentException("no dump for " + e);
  }

  private static String step(Expression.Step s) {
    return s instanceof Expression.AttrStep a ? "." + a.name()
        : "[" + of(((Expression.IndexStep) s).key()) + "]";
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
      if (p instanceof TemplatePart.Text x) {
        out.append(x.value().replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\""));
      } else if (p instanceof TemplatePart.Interpolation i) {
        out.append("${").append(i.stripBefore() ? "~" : "").append(of(i.expression()))
            .append(i.stripAfter() ? "~" : "").append("}");
      } else if (p instanceof TemplatePart.If i) {
        out.append("%{if ").append(of(i.condition())).append("}").append(parts(i.whenTrue()))
            .append(i.whenFalse().isEmpty() ? "" : "%{else}" + parts(i.whenFalse()))
            .append("%{endif}");
      } else if (p instanceof TemplatePart.For f) {
        out.append("%{for ").append(f.keyVar() == null ? "" : f.keyVar() + ", ")
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
