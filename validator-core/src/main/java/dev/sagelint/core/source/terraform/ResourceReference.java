package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.Expression;

/**
 * A reference to a resource or data source of the same module, such as
 * {@code aws_sagemaker_model.m.name} or {@code data.aws_iam_role.r[0].arn}.
 *
 * @param data whether it is a data source ({@code data.} prefix)
 * @param type the resource type, {@code aws_sagemaker_model}
 * @param name the resource name, {@code m}
 * @param instanceKey the {@code [0]} or {@code ["a"]} after the name (count or for_each), or null
 * @param attribute the first attribute read from it ({@code name}), or null for the whole object
 * @param span where the reference is written, from its first character to the attribute
 */
public record ResourceReference(boolean data, String type, String name, Expression instanceKey,
    String attribute, Span span) {

  /** The address as Terraform writes it, without the instance key: {@code aws_sagemaker_model.m}. */
  public String address() {
    return (data ? "data." : "") + type + "." + name;
  }
}
