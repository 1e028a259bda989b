package dev.sagelint.core.rules.template;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/**
 * Reported by the CloudFormation and Terraform front ends: a reference yields an ARN where a name
 * is needed.
 */
@RuleInfo(
    id = "SM411",
    title = "Ref or attribute gives an ARN where a name is required",
    severity = Severity.ERROR,
    evidence = "documented requirement; rejection not yet observed",
    description = """
        A variant's `ModelName` is `!Ref Model` (or `!GetAtt Model.ModelArn`), or an endpoint's \
        `EndpointConfigName` is `!Ref Config`. For `AWS::SageMaker::Model` and \
        `AWS::SageMaker::EndpointConfig`, `Ref` returns the resource's ARN (the resource \
        schemas' primary identifiers are `ModelArn` and `Id`, the ARN; the return values in the \
        CloudFormation resource reference say so); the name comes from \
        `!GetAtt Model.ModelName` and `!GetAtt Config.EndpointConfigName`. In Terraform, \
        `model_name = aws_sagemaker_model.m.arn` or `endpoint_config_name = \
        aws_sagemaker_endpoint_configuration.c.arn`; the provider's `name` (or `id`, which is the \
        name for these resources) is what these arguments take.""",
    rationale = """
        `ProductionVariant.ModelName` and `CreateEndpoint.EndpointConfigName` take names whose \
        pattern (`^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`) an ARN cannot match, so SageMaker rejects \
        the request when the stack is deployed.""")
public final class ArnWhereNameRequired {}
