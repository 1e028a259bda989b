package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** A well-formed Image reference with neither a tag nor a digest. */
@RuleInfo(
    id = "SM226",
    title = "Image has neither a tag nor a digest",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-IMAGE-FORMAT",
    evidence = "observed-reject (2018), not re-confirmed since",
    description = """
        A container's `Image` is a well-formed reference but ends at the repository name: no \
        `:tag` and no `@digest`. Malformed references are SM225's finding. Only CreateModel \
        requests are checked.""",
    rationale = """
        CreateModel has rejected an untagged ECR image as invalid: the scikit-learn \
        bring-your-own-container example failed that way in 2018 and was fixed by adding a tag \
        (amazon-sagemaker-examples#195 and #197). Today's API reference writes the tag as \
        optional, and no recent rejection is known, so the finding is a warning rather than an \
        error. Either way, a reference without a tag means `latest` to Docker, so the model \
        silently depends on whatever was pushed last when it is created; pin a version tag or a \
        digest.

        Evidence: observed-reject in 2018, not re-observed since; documented as optional.""")
public final class ImageWithoutTagOrDigest implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      String image = c.node().text("Image");
      ImageReference ref = image == null ? null : ImageReference.forPinning(image);
      if (ref != null && ref.tag() == null && ref.digest() == null) {
        ctx.report(c.pointer() + "/Image", "image.untagged");
      }
    }
  }
}
