package dev.sagelint.core.rules.template;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;

/**
 * Reported by the CloudFormation and Terraform front ends: a reference leads nowhere, or to the
 * wrong type.
 */
@RuleInfo(
    id = "SM410",
    title = "Reference to a resource that is not in the template or module or has the wrong type",
    severity = Severity.ERROR,
    evidence = "documented requirement",
    description = """
        A variant's `ModelName` is `!GetAtt X.ModelName` but the template declares no resource \
        `X`, or `X` is not an `AWS::SageMaker::Model`; likewise an endpoint's \
        `EndpointConfigName` that does not lead to an `AWS::SageMaker::EndpointConfig`. In \
        Terraform, a variant's `model_name = aws_sagemaker_model.x.name` where the module (the \
        `.tf` files of the directory) declares no `aws_sagemaker_model.x`, or that refers to \
        another SageMaker resource type (`aws_sagemaker_endpoint_configuration.x.name`); likewise \
        an endpoint's `endpoint_config_name`. A reference to a resource of another provider or to \
        a module output is an unknown value, not a finding.""",
    rationale = """
        `Fn::GetAtt` must name a resource of the same template; CloudFormation rejects the \
        template when it does not, and an attribute of another resource type is not a model or \
        endpoint-config name that SageMaker would find. Terraform likewise stops at `plan` on a \
        reference to a resource the module does not declare, and the name of an endpoint \
        configuration is not the name of a model.""")
public final class LinkToMissingResource {}
