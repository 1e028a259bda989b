package dev.sagelint.core.internal;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One mistake, one finding (ADR 0005): where a rule that explains a value better (see
 * {@link dev.sagelint.core.rules.RuleInfo#supersedes}) and a schema rule report the same value,
 * only one of them is kept.
 *
 * <p>It runs last, on what remains after severity overrides and suppressions, so that lowering or
 * silencing one rule can never hide another rule's finding; and the kept finding is reported at
 * its own rule's severity, so reported and declared severities agree. The winner is the most
 * severe finding; on a tie the one whose rule is declared more severe; then the explaining rule.
 * Comparing declared severities keeps the choice independent of an override that raises the
 * explaining rule: raising a warning rule to error adds nothing AWS would not already reject, and
 * must not take the place of the schema rule's error.
 */
public final class OneFindingPerValue {
  private final LintOptions options;
  private final Map<String, Set<String>> supersedesByRule = new HashMap<>();
  private final Map<String, Severity> declared = new HashMap<>();

  public OneFindingPerValue(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    for (RuleDescriptor d : catalog.all()) {
      if (!d.supersedes().isEmpty()) {
        supersedesByRule.put(d.id(), d.supersedes());
      }
      declared.put(d.id(), d.severityFor(options.apiVersion()));
    }
  }

  public LintResult apply(LintResult result) {
    if (supersedesByRule.isEmpty()) {
      return result;
    }
    return result.retaining(file -> apply(file.findings()));
  }

  /** The value a finding is about: its document and pointer. */
  private record Value(int document, String pointer) {}

  private List<Finding> apply(List<Finding> findings) {
    Map<Value, List<Finding>> explaining = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.keyword() == null && supersedesByRule.containsKey(f.rule())) {
        explaining.computeIfAbsent(new Value(f.documentIndex(), f.pointer()), v -> new ArrayList<>()).add(f);
      }
    }
    if (explaining.isEmpty()) {
      return findings;
    }
    Map<Value, List<Finding>> groups = new HashMap<>();
    for (Finding f : findings) {
      Value v = new Value(f.documentIndex(), f.pointer());
      List<Finding> rivals = explaining.get(v);
      if (rivals != null && (f.keyword() == null ? rivals.contains(f) : explainedByAny(rivals, f))) {
        groups.computeIfAbsent(v, x -> new ArrayList<>()).add(f);
      }
    }
    Set<Finding> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<Finding> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      Finding winner = group.stream().max(order()).orElseThrow();
      // Only findings the winner competes with are dropped: two explaining rules with disjoint
      // keywords still never drop each other (both stay when no schema finding joins them).
      for (Finding f : group) {
        if (f != winner && competes(winner, f)) {
          dropped.add(f);
        }
      }
    }
    if (dropped.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size() - dropped.size());
    for (Finding f : findings) {
      if (!dropped.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private boolean explainedByAny(List<Finding> rivals, Finding schema) {
    for (Finding r : rivals) {
      if (supersedesByRule.get(r.rule()).contains(schema.keyword())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the two would replace the other: an explaining finding and a schema finding it names. */
  private boolean competes(Finding a, Finding b) {
    if (a.keyword() == null && b.keyword() != null) {
      return supersedesByRule.get(a.rule()).contains(b.keyword());
    }
    if (b.keyword() == null && a.keyword() != null) {
      return supersedesByRule.get(b.rule()).contains(a.keyword());
    }
    if (a.keyword() != null) {
      return false; // two schema findings on one value were already reduced to one (DocumentChecker)
    }
    // Two explaining findings: they compete only through a schema finding both replace, which the
    // winner then represents; otherwise each explains its own thing.
    return false;
  }

  private Comparator<Finding> order() {
    return Comparator.<Finding, Severity>comparing(Finding::severity)
        .thenComparing(f -> Objects.requireNonNullElse(declared.get(f.rule()), f.severity()))
        .thenComparing(f -> f.keyword() == null ? 1 : 0)
        // Deterministic whatever the input order.
        .thenComparing(Finding::rule, Comparator.reverseOrder());
  }
}
