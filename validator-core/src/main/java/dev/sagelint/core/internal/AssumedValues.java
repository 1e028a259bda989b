package dev.sagelint.core.internal;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Severity;
import dev.sagelint.core.source.Assumption;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells certain findings from findings that rest on an assumed value (a template parameter at its
 * default, a Terraform variable at its default), which a deployment may override.
 *
 * <p>The spec is checked as built, then again with every assumption unknown. A finding that
 * survives does not depend on them. One that disappears does; it is checked once more with each
 * assumption alone unknown to learn which ones it rests on. Such a finding names them in its
 * message and is a warning at most, unless each assumption it rests on has a closed list of
 * allowed values and every one of them produces the finding too: then no deployment escapes it,
 * and it keeps the rule's severity. Rules take no part in this: it works on their findings.
 */
final class AssumedValues {
  private final Function<Spec, List<Finding>> checker;

  AssumedValues(Function<Spec, List<Finding>> checker) {
    this.checker = checker;
  }

  /** The findings of {@code spec}, finished (file pointers, label), those it ignores left out. */
  List<Finding> check(Spec spec) {
    List<Finding> base = PossibleShapes.agreed(spec, checker.apply(spec), checker);
    List<Assumption> assumptions = spec.assumptions();
    List<Finding> out = new ArrayList<>(base.size());
    if (assumptions.isEmpty()) {
      base.forEach(f -> keep(spec, f, out));
      return out;
    }
    Set<String> certain = keys(spec.withAssumptionsUnknown());
    Map<String, Set<String>> withoutOne = new HashMap<>();
    Map<String, Set<String>> withValue = new HashMap<>();
    for (Finding f : base) {
      if (certain.contains(key(f))) {
        keep(spec, f, out);
        continue;
      }
      List<Assumption> restsOn = new ArrayList<>();
      for (Assumption a : assumptions) {
        Set<String> keys = withoutOne.computeIfAbsent(a.name(),
            n -> keys(spec.variation().vary(Map.of(), Set.of(n))));
        if (!keys.contains(key(f))) {
          restsOn.add(a);
        }
      }
      if (restsOn.isEmpty()) {
        restsOn = assumptions;
      }
      boolean unavoidable = true;
      for (Assumption a : restsOn) {
        if (a.allowed().isEmpty()) {
          unavoidable = false;
          break;
        }
        for (String value : a.allowed()) {
          Set<String> keys = withValue.computeIfAbsent(a.name() + "\u0000" + value,
              k -> keys(spec.variation().vary(Map.of(a.name(), value), Set.of())));
          if (!keys.contains(key(f))) {
            unavoidable = false;
            break;
          }
        }
      }
      Severity severity = unavoidable || f.severity().compareTo(Severity.WARNING) <= 0
          ? f.severity() : Severity.WARNING;
      keep(spec, annotate(f, restsOn, severity, unavoidable), out);
    }
    return out;
  }

  private void keep(Spec spec, Finding f, List<Finding> out) {
    for (String ignored : spec.ignored()) {
      if (f.rule().startsWith(ignored)) {
        return;
      }
    }
    out.add(DocumentChecker.finish(spec, f));
  }

  /**
   * The finding as resting on {@code restsOn}: named in the message, each assumption's declaration
   * (the parameter's {@code Default}) added as a related location.
   */
  private static Finding annotate(Finding f, List<Assumption> restsOn, Severity severity,
      boolean unavoidable) {
    List<String> parts = new ArrayList<>();
    List<Finding.Related> related = new ArrayList<>(f.related());
    for (Assumption a : restsOn) {
      parts.add(a.description() + (unavoidable ? " at any of its allowed values"
          : " at its default `" + a.value() + "`"));
      related.add(Finding.Related.at(f.file(), a.declaredAt(), "the value of " + a.description()
          + (unavoidable ? " is one of its allowed values" : " is its default here")));
    }
    String message = f.message() + " (with " + String.join(" and ", parts) + ")";
    return new Finding(f.rule(), severity, message, f.hint(), f.file(), f.pointer(),
        f.documentIndex(), f.line(), f.column(), f.endLine(), f.endColumn(), f.keyword(), related);
  }

  private Set<String> keys(Spec variant) {
    Set<String> out = new HashSet<>();
    for (Finding f : checker.apply(variant)) {
      out.add(key(f));
    }
    return out;
  }

  /** Findings are the same when the same rule reports at the same place: values in messages differ. */
  private static String key(Finding f) {
    return f.rule() + "\u0000" + f.pointer();
  }
}
