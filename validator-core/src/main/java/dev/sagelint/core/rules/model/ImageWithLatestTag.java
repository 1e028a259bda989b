package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An Image pinned to the moving tag "latest" without a digest. */
@RuleInfo(
    id = "SM227",
    title = "Image uses the latest tag",
    severity = Severity.INFO,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-IMAGE-FORMAT",
    evidence = "best practice",
    description = """
        A container's `Image` uses the tag `latest` and no digest. Only CreateModel requests are \
        checked.""",
    rationale = """
        SageMaker resolves the tag to a digest when the model is created and keeps using that \
        digest, so pushing a new `latest` later changes nothing for existing models, but the same \
        spec creates a model with different code every time it is applied. A version tag or a \
        digest makes deployments reproducible and rollbacks meaningful.

        Evidence: best practice; AWS accepts the request, so info.""")
public final class ImageWithLatestTag implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      String image = c.node().text("Image");
      ImageReference ref = image == null ? null : ImageReference.forPinning(image);
      if (ref != null && "latest".equals(ref.tag()) && ref.digest() == null) {
        ctx.report(c.pointer() + "/Image", "image.latest");
      }
    }
  }
}
