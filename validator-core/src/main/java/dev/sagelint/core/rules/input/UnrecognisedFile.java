package dev.sagelint.core.rules.input;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the linter, for a file the user named that no front end reads. */
@RuleInfo(
    id = "SM007",
    title = "Named file is not a SageMaker spec",
    severity = Severity.WARNING,
    description = """
        A file named on the command line (or `-`, standard input) is none of what sagelint reads: \
        a CreateModel or CreateEndpointConfig request, a DescribeModel or DescribeEndpointConfig \
        response, a CloudFormation template, a Terraform file or plan. The finding says why (empty, \
        no SageMaker members, an endpoint request rather than an endpoint config, not UTF-8 or too \
        large). When the file is a spec with camelCase or snake_case keys, SM006 is reported \
        instead.

        Files found by walking a directory stay silent. The pre-commit hooks name every staged \
        JSON and YAML file, `package.json` included, so they turn this rule off \
        (`--ignore=SM007`); SM006 stays on there.""",
    rationale = """
        A user who names a file expects it to be checked. Reporting nothing and exiting 0 for a \
        file that was skipped reads as "no problems"; a warning that says it was not read at all, \
        and why, does not.""")
public final class UnrecognisedFile {}
