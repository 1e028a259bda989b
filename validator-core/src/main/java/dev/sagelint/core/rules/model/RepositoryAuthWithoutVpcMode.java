package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** Registry credentials configured while the image is pulled in Platform mode. */
@RuleInfo(
    id = "SM228",
    title = "RepositoryAuthConfig without Vpc repository access",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-REPO-AUTH-NEEDS-VPC-MODE",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        A container's `ImageConfig` has `RepositoryAuthConfig` while `RepositoryAccessMode` is \
        `Platform`. The finding is at `RepositoryAccessMode`. (A missing access mode is SM101's \
        finding, an unknown one SM104's.)""",
    rationale = """
        Registry credentials are for private Docker registries reached through your VPC, which \
        is what `RepositoryAccessMode: Vpc` selects. The API reference says to give \
        `RepositoryAuthConfig` only in that mode; in `Platform` mode SageMaker pulls from Amazon \
        ECR with the execution role and the credentials provider is never used, so either the \
        mode or the image location is not what the author intended.

        Evidence: documented requirement; no rejection observed yet. It is an error by default \
        (raised from a warning, see CHANGELOG.md), as \
        in the constraints catalogue: sagelint's default is the catalogue's severity: a \
        documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree). Applies to the 2026-08-07 model only, where \
        the member exists.""")
public final class RepositoryAuthWithoutVpcMode implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      var config = c.node().object("ImageConfig");
      if (config != null && Specs.present(config, "RepositoryAuthConfig")
          && "Platform".equals(config.text("RepositoryAccessMode"))) {
        ctx.report(c.pointer() + "/ImageConfig/RepositoryAccessMode", "registry.auth.platform",
            Paths.readable(c.pointer()));
      }
    }
  }
}
