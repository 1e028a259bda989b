package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the parser: the file is not well-formed JSON or YAML. */
@RuleInfo(
    id = "SM001",
    title = "File is not valid JSON or YAML",
    severity = Severity.ERROR,
    description = """
        The file cannot be parsed: a missing comma or bracket, a bad indent, a tab used for YAML \
        indentation, an unterminated string. The finding points at the line and column where the \
        parser gave up, which is usually at or just after the mistake. Documents of a YAML stream \
        that come before the error are still linted.""",
    rationale = """
        Neither the AWS CLI (`--cli-input-json`/`--cli-input-yaml`) nor boto3 can send a document \
        they cannot parse, and nothing else in the file can be checked with confidence.""")
public final class InvalidSyntax {}
