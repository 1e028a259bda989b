package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.Attribute;
import dev.sagelint.core.source.terraform.hcl.Block;
import dev.sagelint.core.source.terraform.hcl.Body;
import dev.sagelint.core.source.terraform.hcl.Expression;
import dev.sagelint.core.source.terraform.hcl.TemplatePart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which expressions of one module have a value known before {@code terraform plan}, and
 * what it is (issue 14, item 2). Known: literals; strings and heredocs without interpolation;
 * {@code "${x}"} (which Terraform treats as {@code x} itself); tuples and objects of such values
 * (a list or map may hold unknown items, a map's keys must be static); {@code var.x} when
 * {@code variable "x"} of the module has a {@code default}, and {@code local.x}, each resolved
 * recursively and remembering the way it came ({@link Provenance}); an attribute or index of a
 * known map or list; {@code -n} and {@code !b}; a conditional whose condition is known (the branch
 * it picks). Everything else is {@link StaticValue.Unknown}: function calls, resource and data
 * attributes, {@code count.*}, {@code each.*}, {@code self}, splats, for expressions, other
 * operators, and templates mixing text with interpolations.
 *
 * <p>A module is the {@code .tf} files of one directory; the caller parses them and passes their
 * bodies, so resolving reads nothing. {@code *.tfvars} and module arguments, which can override a
 * default, are not looked at: that is why a value from a default says so.
 */
public final class StaticResolver {
  /** Locals that refer to locals: deeper chains than this are treated as unknown. */
  private static final int MAX_HOPS = 64;

  private final Map<String, Attribute> variableDefaults = new HashMap<>();
  private final Map<String, Attribute> locals = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  /**
   * Each variable default and local resolved once: locals that use each other twice per level
   * would otherwise cost 2^depth.
   */
  private final Map<String, StaticValue> resolved = new HashMap<>();

  private StaticResolver(List<Body> files) {
    for (Body file : files) {
      for (Block b : file.blocks()) {
        if (b.type().equals("variable") && b.labels().size() == 1) {
          b.body().attribute("default")
              .ifPresent(d -> variableDefaults.putIfAbsent(b.label(0), d));
        } else if (b.type().equals("locals") && b.labels().isEmpty()) {
          for (Attribute a : b.body().attributes()) {
            locals.putIfAbsent(a.name(), a);
          }
        }
      }
    }
  }

  /** A resolver for the module made of these files (the bodies of one directory's .tf files). */
  public static StaticResolver forModule(List<Body> files) {
    return new StaticResolver(files);
  }

  /** The value of {@code e} in this module, or {@link StaticValue.Unknown}. */
  public StaticValue resolve(Expression e) {
    if (e instanceof Expression.NumberLiteral n) {
      return number(n.text(), n.span());
    } else if (e instanceof Expression.BoolLiteral b) {
      return new StaticValue.Bool(b.value(), b.span(), List.of());
    } else if (e instanceof Expression.NullLiteral n) {
      return new StaticValue.Null(n.span(), List.of());
    } else if (e instanceof Expression.Template t) {
      return template(t);
    } else if (e instanceof Expression.Parens p) {
      return resolve(p.inner());
    } else if (e instanceof Expression.Tuple t) {
      List<StaticValue> items = new ArrayList<>();
      t.items().forEach(i -> items.add(resolve(i)));
      return new StaticValue.ListValue(items, t.span(), List.of());
    } else if (e instanceof Expression.ObjectCons o) {
      return object(o);
    } else if (e instanceof Expression.GetAttr g) {
      return getAttr(g);
    } else if (e instanceof Expression.Index i) {
      return index(resolve(i.collection()), resolve(i.key()), i.span());
    } else if (e instanceof Expression.Unary u) {
      return unary(u);
    } else if (e instanceof Expression.Conditional c) {
      StaticValue cond = resolve(c.condition());
      if (cond instanceof StaticValue.Bool b) {
        return resolve(b.value() ? c.whenTrue() : c.whenFalse()).through(cond.via());
      }
    }
    return unknown(e.span());
  }

  private static StaticValue unknown(Span at) {
    return new StaticValue.Unknown(at, List.of());
  }

  private static StaticValue number(String text, Span at) {
    try {
      return new StaticValue.Num(new BigDecimal(text), text, at, List.of());
    } catch (NumberFormatException | ArithmeticException e) {
      return unknown(at); // an exponent beyond what BigDecimal holds; no SageMaker value is one
    }
  }

  private StaticValue template(Expression.Template t) {
    Optional<String> literal = t.literalValue();
    if (literal.isPresent()) {
      return new StaticValue.Str(literal.get(), t.span(), List.of());
    }
    if (t.parts().size() == 1 && t.parts().get(0) instanceof TemplatePart.Interpolation i) {
      return resolve(i.expression()); // "${x}" is x itself, of whatever type
    }
    return unknown(t.span());
  }

  private StaticValue object(Expression.ObjectCons o) {
    Map<String, StaticValue> entries = new LinkedHashMap<>();
    for (Expression.ObjectItem item : o.items()) {
      Optional<String> key = item.keyName();
      if (key.isEmpty()) {
        StaticValue k = resolve(item.key());
        if (!(k instanceof StaticValue.Str s)) {
          return unknown(o.span()); // a computed key: which keys exist is not known
        }
        key = Optional.of(s.value());
      }
      entries.put(key.get(), resolve(item.value()));
    }
    return new StaticValue.MapValue(entries, o.span(), List.of());
  }

  private StaticValue getAttr(Expression.GetAttr g) {
    if (g.object() instanceof Expression.Variable root) {
      if (root.name().equals("var")) {
        Attribute d = variableDefaults.get(g.name());
        return d == null ? unknown(g.span())
            : hop(Provenance.Kind.VARIABLE_DEFAULT, g.name(), g.span(), d);
      }
      if (root.name().equals("local")) {
        Attribute l = locals.get(g.name());
        return l == null ? unknown(g.span()) : hop(Provenance.Kind.LOCAL, g.name(), g.span(), l);
      }
      return unknown(g.span()); // resources, data, count, each, self, path, module...
    }
    StaticValue object = resolve(g.object());
    if (object instanceof StaticValue.MapValue m && m.entries().containsKey(g.name())) {
      return m.entries().get(g.name()).through(m.via());
    }
    return unknown(g.span());
  }

  private StaticValue hop(Provenance.Kind kind, String name, Span reference, Attribute definition) {
    String key = kind + ":" + name;
    Provenance way = new Provenance(kind, name, reference, definition.value().span());
    StaticValue done = resolved.get(key);
    if (done != null) {
      return done.through(List.of(way));
    }
    if (resolving.size() >= MAX_HOPS || !resolving.add(key)) {
      return unknown(reference); // a cycle (Terraform rejects it) or an absurd chain
    }
    try {
      StaticValue v = resolve(definition.value());
      resolved.put(key, v);
      return v.through(List.of(way));
    } finally {
      resolving.remove(key);
    }
  }

  private static StaticValue index(StaticValue collection, StaticValue key, Span at) {
    if (collection instanceof StaticValue.ListValue l && key instanceof StaticValue.Num n) {
      try {
        int i = n.value().intValueExact();
        if (i >= 0 && i < l.items().size()) {
          return l.items().get(i).through(l.via());
        }
      } catch (ArithmeticException e) {
        return unknown(at);
      }
    }
    if (collection instanceof StaticValue.MapValue m && key instanceof StaticValue.Str s
        && m.entries().containsKey(s.value())) {
      return m.entries().get(s.value()).through(m.via());
    }
    return unknown(at);
  }

  private StaticValue unary(Expression.Unary u) {
    StaticValue v = resolve(u.operand());
    if (u.negate() && v instanceof StaticValue.Num n) {
      return new StaticValue.Num(n.value().negate(), "-" + n.text(), u.span(), n.via());
    }
    if (!u.negate() && v instanceof StaticValue.Bool b) {
      return new StaticValue.Bool(!b.value(), u.span(), b.via());
    }
    return unknown(u.span());
  }
}
