package dev.sagelint.core.source.terraform;

import dev.sagelint.core.source.terraform.hcl.Expression;
import dev.sagelint.core.source.terraform.hcl.TemplatePart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds references to resources in expressions, so the Terraform front end can link an endpoint
 * configuration's {@code model_name = aws_sagemaker_model.m.name} to model {@code m}.
 *
 * <p>A reference is a traversal {@code type.name[key]?.attribute?} whose root is not one of
 * Terraform's own names ({@code var}, {@code local}, {@code count}, {@code each}, {@code self},
 * {@code path}, {@code terraform}, {@code module}) and not a variable of an enclosing for
 * expression or template for directive. The iterator of a {@code dynamic} block (by default the
 * block's name, as in {@code primary_container.value}) cannot be told from a resource by syntax
 * alone; callers pass the iterator names in scope, or match only the resource types they know.
 */
public final class References {
  private static final Set<String> RESERVED =
      Set.of("var", "local", "count", "each", "self", "path", "terraform", "module");

  private References() {}

  /**
   * The reference that {@code e} is, when the whole expression is one (parentheses and a lone
   * {@code "${...}"} are seen through); empty otherwise.
   */
  public static Optional<ResourceReference> direct(Expression e, Set<String> iterators) {
    Expression inner = e;
    while (true) {
      if (inner instanceof Expression.Parens p) {
        inner = p.inner();
      } else if (inner instanceof Expression.Template t && t.parts().size() == 1
          && t.parts().get(0) instanceof TemplatePart.Interpolation i) {
        inner = i.expression();
      } else {
        break;
      }
    }
    return traversal(inner, iterators);
  }

  /** Every reference inside {@code e}, in source order. */
  public static List<ResourceReference> all(Expression e, Set<String> iterators) {
    List<ResourceReference> found = new ArrayList<>();
    walk(e, new ArrayDeque<>(iterators), found);
    found.sort((a, b) -> Integer.compare(a.span().startOffset(), b.span().startOffset()));
    return found;
  }

  private static void walk(Expression e, Deque<String> bound, List<ResourceReference> found) {
    Optional<ResourceReference> here = traversal(e, Set.copyOf(bound));
    if (here.isPresent()) {
      found.add(here.get());
      // Keys inside the traversal ([var.i]) may hold references of their own.
      walkKeys(e, bound, found);
      return;
    }
    if (e instanceof Expression.GetAttr g) {
      walk(g.object(), bound, found);
    } else if (e instanceof Expression.Index i) {
      walk(i.collection(), bound, found);
      walk(i.key(), bound, found);
    } else if (e instanceof Expression.Splat s) {
      walk(s.source(), bound, found);
      for (Expression.Step st : s.each()) {
        if (st instanceof Expression.IndexStep is) {
          walk(is.key(), bound, found);
        }
      }
    } else if (e instanceof Expression.FunctionCall f) {
      f.args().forEach(a -> walk(a, bound, found));
    } else if (e instanceof Expression.Tuple t) {
      t.items().forEach(a -> walk(a, bound, found));
    } else if (e instanceof Expression.ObjectCons o) {
      for (Expression.ObjectItem item : o.items()) {
        if (!(item.key() instanceof Expression.Variable)) {
          walk(item.key(), bound, found); // a bare identifier key is a string, not a reference
        }
        walk(item.value(), bound, found);
      }
    } else if (e instanceof Expression.ForExpr f) {
      walk(f.collection(), bound, found);
      int pushed = push(bound, f.keyVar(), f.valueVar());
      for (Expression x : new Expression[] {f.keyExpr(), f.valueExpr(), f.condition()}) {
        if (x != null) {
          walk(x, bound, found);
        }
      }
      pop(bound, pushed);
    } else if (e instanceof Expression.Conditional c) {
      walk(c.condition(), bound, found);
      walk(c.whenTrue(), bound, found);
      walk(c.whenFalse(), bound, found);
    } else if (e instanceof Expression.Binary b) {
      walk(b.left(), bound, found);
      walk(b.right(), bound, found);
    } else if (e instanceof Expression.Unary u) {
      walk(u.operand(), bound, found);
    } else if (e instanceof Expression.Parens p) {
      walk(p.inner(), bound, found);
    } else if (e instanceof Expression.Template t) {
      parts(t.parts(), bound, found);
    }
  }

  private static void walkKeys(Expression e, Deque<String> bound, List<ResourceReference> found) {
    Expression x = e;
    while (x instanceof Expression.GetAttr || x instanceof Expression.Index) {
      if (x instanceof Expression.Index i) {
        walk(i.key(), bound, found);
        x = i.collection();
      } else {
        x = ((Expression.GetAttr) x).object();
      }
    }
  }

  private static void parts(List<TemplatePart> parts, Deque<String> bound,
      List<ResourceReference> found) {
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Interpolation i) {
        walk(i.expression(), bound, found);
      } else if (p instanceof TemplatePart.If i) {
        walk(i.condition(), bound, found);
        parts(i.whenTrue(), bound, found);
        parts(i.whenFalse(), bound, found);
      } else if (p instanceof TemplatePart.For f) {
        walk(f.collection(), bound, found);
        int pushed = push(bound, f.keyVar(), f.valueVar());
        parts(f.body(), bound, found);
        pop(bound, pushed);
      }
    }
  }

  private static int push(Deque<String> bound, String keyVar, String valueVar) {
    bound.push(valueVar);
    if (keyVar != null) {
      bound.push(keyVar);
      return 2;
    }
    return 1;
  }

  private static void pop(Deque<String> bound, int n) {
    for (int i = 0; i < n; i++) {
      bound.pop();
    }
  }

  /**
   * Whether {@code e} is, as a whole, {@code type.name}, {@code type.name.attr...} or
   * {@code type.name[key].attr...} (optionally behind {@code data.}), and if so which.
   */
  private static Optional<ResourceReference> traversal(Expression e, Set<String> bound) {
    // Unwind the chain into its steps, root first.
    List<Expression> chain = new ArrayList<>();
    Expression x = e;
    while (x instanceof Expression.GetAttr || x instanceof Expression.Index) {
      chain.add(0, x);
      x = x instanceof Expression.GetAttr g ? g.object() : ((Expression.Index) x).collection();
    }
    if (!(x instanceof Expression.Variable root) || RESERVED.contains(root.name())
        || bound.contains(root.name())) {
      return Optional.empty();
    }
    boolean data = root.name().equals("data");
    int at = 0;
    String type = root.name();
    if (data) {
      if (chain.isEmpty() || !(chain.get(0) instanceof Expression.GetAttr t)) {
        return Optional.empty();
      }
      type = t.name();
      at = 1;
    }
    if (chain.size() <= at || !(chain.get(at) instanceof Expression.GetAttr n)) {
      return Optional.empty();
    }
    at++;
    Expression key = null;
    if (chain.size() > at && chain.get(at) instanceof Expression.Index i && !i.legacy()) {
      key = i.key();
      at++;
    }
    String attribute = null;
    Expression last = chain.get(at - 1);
    if (chain.size() > at && chain.get(at) instanceof Expression.GetAttr a) {
      attribute = a.name();
      last = a;
    }
    return Optional.of(new ResourceReference(data, type, n.name(), key, attribute,
        new dev.sagelint.core.parse.Span(x.span().startLine(), x.span().startColumn(),
            last.span().endLine(), last.span().endColumn(), x.span().startOffset(),
            last.span().endOffset())));
  }
}
