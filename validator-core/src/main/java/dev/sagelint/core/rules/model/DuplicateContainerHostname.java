package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Two containers of one model share a hostname. */
@RuleInfo(
    id = "SM202",
    title = "Two containers use the same ContainerHostname",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-HOSTNAME-ALL-OR-NONE",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        Two entries of `Containers` have the same `ContainerHostname`. The later one is reported \
        as a warning. Hostnames that differ only in letter case are reported as info: host names \
        are case-insensitive in DNS, but SageMaker may still tell them apart.""",
    rationale = """
        The hostname is documented as what uniquely identifies a container in a model: logs and \
        metrics are filed under it, and with `Direct` invocation callers pick the container by \
        passing it as `TargetContainerHostname`. Two containers with one name make at least one \
        of them unreachable or their metrics indistinguishable.

        Evidence: documented semantics ("uniquely identifies"); no rejected request observed yet. \
        It is an error by default (raised from a warning, see CHANGELOG.md), as in the \
        constraints catalogue: sagelint's default is the catalogue's severity: a documented \
        requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Only \
        CreateModel requests are checked.""")
public final class DuplicateContainerHostname implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Map<String, String> exact = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    for (Specs.At c : ModelSpecs.listed(ctx.root())) {
      String name = c.node().text("ContainerHostname");
      if (name == null) {
        continue;
      }
      String pointer = c.pointer() + "/ContainerHostname";
      String first = exact.putIfAbsent(name, c.pointer());
      String firstFolded = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), c.pointer());
      if (first != null) {
        ctx.report(pointer, "hostname.duplicate", name, Paths.readable(first));
      } else if (firstFolded != null) {
        ctx.report(Severity.INFO, pointer, "hostname.duplicate.case", name,
            Paths.readable(firstFolded));
      }
    }
  }
}
