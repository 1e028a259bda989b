package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the parser: a YAML node carries an application-specific tag. */
@RuleInfo(
    id = "SM005",
    title = "YAML value has a custom tag",
    severity = Severity.ERROR,
    description = """
        A YAML value carries a tag such as `!Ref`, `!Sub` or `!!python/object`. sagelint never \
        interprets tags (it cannot execute code); it reads the value as plain text and reports it.""",
    rationale = """
        The AWS CLI's YAML loader refuses tags it does not know, and CloudFormation intrinsic \
        functions mean nothing in a request body: they are usually a template fragment pasted into \
        a spec. Tags that build objects (`!!python/object`) are also a classic code-execution risk \
        in loaders that honour them.""")
public final class CustomYamlTag {}
