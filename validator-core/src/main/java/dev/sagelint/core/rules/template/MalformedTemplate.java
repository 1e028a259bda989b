package dev.sagelint.core.rules.template;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the CloudFormation front end: the template cannot be read as CloudFormation reads it. */
@RuleInfo(
    id = "SM020",
    title = "Template structure or intrinsic function is malformed",
    severity = Severity.ERROR,
    evidence = "documented requirement",
    description = """
        A CloudFormation template around a SageMaker resource is malformed where sagelint needs \
        to read it: `Resources` or a resource's `Properties` is not a mapping, an intrinsic \
        function is called with the wrong arguments (`Fn::If` needs a condition and two values, \
        `Fn::Join` a delimiter and a list, `Fn::FindInMap` three keys, `Fn::Select` an index and \
        a list), `Fn::If` names a condition that `Conditions` does not declare, a condition \
        refers back to itself, or a function name is not one of CloudFormation's.

        The value is then treated as unknown: no other rule reports on it.""",
    rationale = """
        CloudFormation validates the template before it creates anything and rejects a stack \
        whose intrinsic functions are malformed (template anatomy and intrinsic function \
        reference in the CloudFormation User Guide). Reporting it here locates the mistake, \
        instead of the console's "Template error" without a line.""")
public final class MalformedTemplate {}
