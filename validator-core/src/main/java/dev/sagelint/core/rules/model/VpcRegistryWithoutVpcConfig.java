package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An image pulled through the VPC by a model that has no VpcConfig. */
@RuleInfo(
    id = "SM230",
    title = "Vpc repository access without a VpcConfig",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-REGISTRY-MODE",
    evidence = "documented requirement",
    description = """
        A container has `ImageConfig.RepositoryAccessMode: Vpc` but the model has no `VpcConfig`. \
        Also checked on DescribeModel responses, because the pull happens when the model is \
        deployed.""",
    rationale = """
        `Vpc` access mode pulls the image from a private registry through the model's VPC. The \
        SageMaker Developer Guide on private registries requires the model to be configured \
        with the VPC in which the registry is reachable; without `VpcConfig` there is no network \
        path, and the endpoint fails at image pull time.

        Evidence: documented requirement; failure at deployment, so a warning.""")
public final class VpcRegistryWithoutVpcConfig implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (Specs.present(ctx.root(), "VpcConfig")) {
      return;
    }
    for (Specs.At c : Specs.containers(ctx.root())) {
      var config = c.node().object("ImageConfig");
      if (config != null && "Vpc".equals(config.text("RepositoryAccessMode"))) {
        ctx.report(c.pointer() + "/ImageConfig/RepositoryAccessMode", "registry.vpc.noconfig",
            Paths.readable(c.pointer()));
      }
    }
  }
}
