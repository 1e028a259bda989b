package dev.sagelint.core.rules.template;

import java.util.List;

/**
 * Problems of template structure and of links between template (or Terraform module) resources,
 * reported by the front ends rather than by rules on specs: they concern how a spec is written,
 * not what it asks SageMaker for. SM020 is CloudFormation's; SM410 and SM411 are reported by the
 * CloudFormation and Terraform front ends.
 */
public final class TemplateRules {
  private TemplateRules() {}

  public static List<Object> all() {
    return List.of(new MalformedTemplate(), new LinkToMissingResource(), new ArnWhereNameRequired());
  }
}
