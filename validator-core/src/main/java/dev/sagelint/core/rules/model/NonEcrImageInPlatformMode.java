package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An image outside Amazon ECR while SageMaker pulls in Platform mode. */
@RuleInfo(
    id = "SM229",
    title = "Image outside Amazon ECR with Platform repository access",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-REGISTRY-MODE",
    evidence = "documented requirement",
    description = """
        A container's `Image` is a well-formed reference whose registry is not a private Amazon \
        ECR registry (`<account>.dkr.ecr.<region>.amazonaws.com`, also the `.cn`, FIPS and \
        dual-stack forms), while `ImageConfig` is absent or has `RepositoryAccessMode: Platform`. \
        Malformed references are SM225's finding, and containers with registry credentials in \
        `Platform` mode SM228's. Also checked on DescribeModel responses, because the pull \
        happens when the model is deployed.""",
    rationale = """
        In `Platform` mode, the default, SageMaker pulls the image from Amazon ECR. Images in \
        other registries (Docker Hub, GitHub, a company registry) need `RepositoryAccessMode: \
        Vpc` and a `VpcConfig` through which the registry is reachable; otherwise the endpoint \
        fails when it tries to pull, long after CreateModel succeeded.

        Evidence: documented meaning of `Platform` mode; failure at deployment, so a warning.""")
public final class NonEcrImageInPlatformMode implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      boolean platform;
      if (!Specs.present(c.node(), "ImageConfig")) {
        platform = true;
      } else {
        ObjectNode config = c.node().object("ImageConfig");
        platform = config != null && "Platform".equals(config.text("RepositoryAccessMode"))
            && !Specs.present(config, "RepositoryAuthConfig");
      }
      if (!platform) {
        continue;
      }
      String image = MalformedImageReference.checkable(c);
      if (image == null) {
        continue;
      }
      ImageReference ref = ImageReference.parse(image);
      if (ref.wellFormed() && !ref.isEcr()) {
        ctx.report(c.pointer() + "/Image", "registry.platform.ecr", ref.host());
      }
    }
  }
}
