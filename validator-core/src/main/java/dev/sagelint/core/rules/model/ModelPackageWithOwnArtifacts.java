package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;

/**
 * A container built from a model package that also names its own image or artifacts, or that
 * picks an inference specification without naming a package to pick it from.
 */
@RuleInfo(
    id = "SM233",
    title = "Model package fields of a container do not fit together",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-MODEL-PACKAGE-FIELDS",
    evidence = "inferred",
    description = """
        Two sub-checks on each container (`PrimaryContainer` and every entry of `Containers`):

        - [a] the container has `ModelPackageName` and also `Image` or \
        `ModelDataUrl`; each of these is reported at its key. `ModelDataSource` with a model \
        package is SM219's finding.
        - [b] the container has `InferenceSpecificationName` but no \
        `ModelPackageName`; reported at the key.""",
    rationale = """
        A model built from a model package takes its image and artifacts from the package: the \
        Developer Guide deploys a registered or Marketplace package with `ModelPackageName` alone. \
        An `Image` or `ModelDataUrl` next to it says the author expects something the package \
        already decides. `InferenceSpecificationName` is documented as the name of an inference \
        specification *in the model package version*, so without a package it has nothing to \
        select.

        Evidence: inferred (model-registry and Marketplace deployment guides; API reference of \
        `ContainerDefinition.InferenceSpecificationName`); how AWS treats the combination is not \
        documented, so both are warnings, as the constraints catalogue rates them.""")
public final class ModelPackageWithOwnArtifacts implements Rule {
  private static final List<String> OWN_SOURCES = List.of("Image", "ModelDataUrl");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      boolean fromPackage = Specs.present(c.node(), "ModelPackageName");
      if (fromPackage) {
        for (String member : OWN_SOURCES) {
          if (Specs.present(c.node(), member)) {
            ctx.reportAtKey(c.pointer() + "/" + member, "package.ownSource", member,
                Paths.readable(c.pointer()));
          }
        }
      } else if (Specs.present(c.node(), "InferenceSpecificationName")) {
        ctx.reportAtKey(c.pointer() + "/InferenceSpecificationName", "package.specWithoutPackage",
            Paths.readable(c.pointer()));
      }
    }
  }
}
