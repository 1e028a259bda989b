package dev.sagelint.core.rules.config;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the suppression pass: a suppression that silenced nothing in this run. */
@RuleInfo(
    id = "SM010",
    title = "Suppression matches nothing",
    severity = Severity.INFO,
    description = """
        A `# sagelint: disable-next-line RULE` or `# sagelint: disable-file RULE` comment in a \
        YAML spec, or a `suppressions:` entry in `.sagelint.yaml`, did not silence any finding. \
        The finding points at the rule id in the comment, or at the configuration entry. A \
        `# sagelint:` comment that sagelint cannot read (an unknown directive, no rule ids) is \
        reported the same way, since it silences nothing either.

        Suppressions of rules that are switched off or not selected in the run are not reported, \
        nor are those in a file that could not be parsed.""",
    rationale = """
        Suppressions outlive the problems they were written for: the spec gets fixed, the rule \
        gets smarter, the member moves. A stale suppression then hides the next real problem \
        on that line. Reporting it keeps suppressions few and each one justified, as ESLint's \
        `--report-unused-disable-directives` and ruff's unused-noqa do.""")
public final class UnusedSuppression {}
