package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the engine when a rule itself fails: a bug in sagelint, never in the spec. */
@RuleInfo(
    id = "SM900",
    title = "sagelint failed while checking this document",
    severity = Severity.ERROR,
    description = """
        A rule threw an unexpected error on this document. The other rules still ran. The message \
        names the rule and the error; please report it with the document that triggers it.""",
    rationale = """
        A linter that crashes on odd input gets switched off, and one that silently skips a rule \
        lets errors through. Reporting the failure as a finding keeps the run going and still \
        makes the gap visible (the run fails, so the gap cannot pass unnoticed).""")
public final class InternalError {}
