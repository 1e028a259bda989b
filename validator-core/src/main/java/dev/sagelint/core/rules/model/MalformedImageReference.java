package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An Image that is not a pullable registry/repository[:tag][@digest] reference. */
@RuleInfo(
    id = "SM225",
    title = "Image is not a valid registry/repository reference",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-IMAGE-FORMAT",
    evidence = "documented requirement",
    description = """
        A container's `Image` does not parse as `registry-host[:port]/repository[:tag][@digest]`. \
        The message says which part is wrong: no registry host (`myimage:1`, `team/image`), a \
        host that is not a host name, capital letters or other characters a repository name \
        cannot have, a bad tag or a bad digest.

        Values with whitespace are left to the schema's pattern rule (SM105), and values that \
        are evidently templates (`<...>`, `${...}`, `$VAR`, `{{...}}`) to the placeholder rules, \
        so that one mistake gives one finding. Only CreateModel requests are checked.""",
    rationale = """
        The API reference supports `registry/repository[:tag]` and `registry/repository[@digest]`; \
        the API shape only checks for whitespace and length, so a malformed reference passes the \
        client and fails in SageMaker (as an invalid image at CreateModel, or as a failed pull \
        when the endpoint starts). SageMaker pulls from Amazon ECR or, in `Vpc` access mode, from \
        a private registry, so an image without a registry host, which Docker would look up on \
        Docker Hub, cannot be pulled either.

        Evidence: documented formats. Whether the mistake is caught by CreateModel or only by \
        the image pull depends on the mistake and has not been observed for each, so a warning.""")
public final class MalformedImageReference implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      String image = checkable(c);
      if (image == null) {
        continue;
      }
      ImageReference ref = ImageReference.parse(image);
      if (!ref.wellFormed()) {
        ctx.report(c.pointer() + "/Image", ref.problem().messageKey(), image,
            ref.host() == null ? "" : ref.host());
      }
    }
  }

  /** The container's image when a format check makes sense, otherwise {@code null}. */
  static String checkable(Specs.At container) {
    String image = container.node().text("Image");
    if (image == null || image.isEmpty() || image.chars().anyMatch(Character::isWhitespace)
        || ModelSpecs.looksTemplated(image)) {
      return null;
    }
    return image;
  }
}
