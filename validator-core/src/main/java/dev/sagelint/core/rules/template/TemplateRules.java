package dev.sagelint.core.rules.template;

import java.util.List;

/**
 * Problems of template structure and of links between template resources, reported by the
 * CloudFormation front end rather than by rules on specs: they concern how a spec is written, not
 * what it asks SageMaker for.
 */
public final class TemplateRules {
  private TemplateRules() {}

  public static List<Object> all() {
    return List.of(new MalformedTemplate(), new LinkToMissingResource(), new ArnWhereNameRequired());
  }
}
