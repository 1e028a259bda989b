package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the parser: a key appears twice in one object. */
@RuleInfo(
    id = "SM002",
    title = "Key appears twice in the same object",
    severity = Severity.ERROR,
    description = """
        An object (JSON) or mapping (YAML) has the same key twice. The finding points at the \
        second occurrence and names the line of the first. sagelint validates the last value, \
        like the loaders AWS tooling uses.""",
    rationale = """
        JSON and YAML loaders disagree on duplicates: Python's `json` and the AWS CLI keep the last \
        value without a word, strict YAML 1.2 loaders refuse the file. Either way the spec does not \
        say one thing, and the value that wins is rarely the one the reviewer read.""")
public final class DuplicateKey {}
