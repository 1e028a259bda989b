package dev.sagelint.core.rules.template;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/** Reported by the CloudFormation front end: a reference leads nowhere, or to the wrong type. */
@RuleInfo(
    id = "SM410",
    title = "Reference to a resource that is not in the template or has the wrong type",
    severity = Severity.ERROR,
    evidence = "documented requirement",
    description = """
        A variant's `ModelName` is `!GetAtt X.ModelName` but the template declares no resource \
        `X`, or `X` is not an `AWS::SageMaker::Model`; likewise an endpoint's \
        `EndpointConfigName` that does not lead to an `AWS::SageMaker::EndpointConfig`.""",
    rationale = """
        `Fn::GetAtt` must name a resource of the same template; CloudFormation rejects the \
        template when it does not, and an attribute of another resource type is not a model or \
        endpoint-config name that SageMaker would find.""")
public final class LinkToMissingResource {}
