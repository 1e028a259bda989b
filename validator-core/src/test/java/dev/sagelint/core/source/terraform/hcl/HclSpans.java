package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every span of a tree against the text: offsets in range, line and column agreeing with
 * the offset (UTF-16 columns, lines split at LF), each child inside its parent, and names and
 * types spelled at their spans. Public so the robustness tests and the fuzz target can use it.
 */
public final class HclSpans {
  private final String text;
  private final int[] lineStarts;
  private final List<String> violations = new ArrayList<>();

  private HclSpans(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Everything wrong with the spans of {@code result} for {@code text}; empty when all agree. */
  public static List<String> violations(String text, HclParseResult result) {
    HclSpans c = new HclSpans(text);
    c.body(result.body(), null);
    for (HclProblem p : result.problems()) {
      c.span("problem " + p.message(), p.span(), null);
    }
    return c.violations;
  }

  private void span(String what, Span s, Span parent) {
    if (violations.size() > 20) {
      return;
    }
    if (s.startOffset() < 0 || s.startOffset() > s.endOffset() || s.endOffset() > text.length()) {
      violations.add(what + ": offsets out of range " + s);
      return;
    }
    check(what + " start", s.startOffset(), s.startLine(), s.startColumn());
    check(what + " end", s.endOffset(), s.endLine(), s.endColumn());
    if (parent != null && (s.startOffset() < parent.startOffset() || s.endOffset() > parent.endOffset())) {
      violations.add(what + " " + s + " is outside its parent " + parent);
    }
  }

  private void check(String what, int offset, int line, int column) {
    int l = lineOf(offset);
    int c = offset - lineStarts[l - 1] + 1;
    if (l != line || c != column) {
      violations.add(what + ": offset " + offset + " is " + l + ":" + c + ", span says " + line + ":" + column);
    }
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  private void spelled(String what, Span s, String expected) {
    String actual = text.substring(s.startOffset(), s.endOffset());
    if (!actual.equals(expected)) {
      violations.add(what + ": text at span is '" + actual + "'");
    }
  }

  private void body(Body b, Span parent) {
    span("body", b.span(), parent);
    for (BodyItem item : b.items()) {
      if (item instanceof Attribute a) {
        span("attribute " + a.name(), a.span(), b.span());
        span("name of " + a.name(), a.nameSpan(), a.span());
        spelled("name of " + a.name(), a.nameSpan(), a.name());
        expression(a.value(), a.span());
      } else {
        Block k = (Block) item;
        span("block " + k.type(), k.span(), b.span());
        span("type of " + k.type(), k.typeSpan(), k.span());
        spelled("type of " + k.type(), k.typeSpan(), k.type());
        for (BlockLabel l : k.labels()) {
          span("label " + l.value(), l.span(), k.span());
        }
        body(k.body(), k.span());
      }
    }
  }

  private void expression(Expression e, Span parent) {
    Span s = e.span();
    span(e.getClass().getSimpleName(), s, parent);
    if (e instanceof Expression.Template t) {
      parts(t.parts(), s);
    } else if (e instanceof Expression.GetAttr g) {
      expression(g.object(), s);
      span("attribute name", g.nameSpan(), s);
      spelled("attribute name", g.nameSpan(), g.name());
    } else if (e instanceof Expression.Index i) {
      expression(i.collection(), s);
      expression(i.key(), s);
    } else if (e instanceof Expression.Splat sp) {
      expression(sp.source(), s);
      for (Expression.Step st : sp.each()) {
        span("splat step", st.span(), s);
        if (st instanceof Expression.IndexStep is) {
          expression(is.key(), st.span());
        }
      }
    } else if (e instanceof Expression.FunctionCall f) {
      span("function name", f.nameSpan(), s);
      f.args().forEach(a -> expression(a, s));
    } else if (e instanceof Expression.Tuple t) {
      t.items().forEach(a -> expression(a, s));
    } else if (e instanceof Expression.ObjectCons o) {
      for (Expression.ObjectItem i : o.items()) {
        span("object item", i.span(), s);
        expression(i.key(), i.span());
        expression(i.value(), i.span());
      }
    } else if (e instanceof Expression.ForExpr f) {
      expression(f.collection(), s);
      if (f.keyExpr() != null) {
        expression(f.keyExpr(), s);
      }
      expression(f.valueExpr(), s);
      if (f.condition() != null) {
        expression(f.condition(), s);
      }
    } else if (e instanceof Expression.Conditional c) {
      expression(c.condition(), s);
      expression(c.whenTrue(), s);
      expression(c.whenFalse(), s);
    } else if (e instanceof Expression.Binary b) {
      expression(b.left(), s);
      expression(b.right(), s);
    } else if (e instanceof Expression.Unary u) {
      expression(u.operand(), s);
    } else if (e instanceof Expression.Parens p) {
      expression(p.inner(), s);
    } else if (e instanceof Expression.Variable v) {
      spelled("variable", s, v.name());
    } else if (e instanceof Expression.NumberLiteral n) {
      spelled("number", s, n.text());
    }
  }

  private void parts(List<TemplatePart> parts, Span parent) {
    for (TemplatePart p : parts) {
      span("template part", p.span(), parent);
      if (p instanceof TemplatePart.Interpolation i) {
        expression(i.expression(), p.span());
      } else if (p instanceof TemplatePart.If i) {
        expression(i.condition(), p.span());
        parts(i.whenTrue(), p.span());
        parts(i.whenFalse(), p.span());
      } else if (p instanceof TemplatePart.For f) {
        expression(f.collection(), p.span());
        parts(f.body(), p.span());
      }
    }
  }
}
