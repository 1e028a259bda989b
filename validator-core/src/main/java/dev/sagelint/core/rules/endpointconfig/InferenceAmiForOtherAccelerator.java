package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.Set;

/** An inference AMI built for one accelerator on an instance type with another (or none). */
@RuleInfo(
    id = "SM327",
    title = "InferenceAmiVersion does not match the instance type's accelerator",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-EC-AMI-ACCELERATOR",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        A variant's `InferenceAmiVersion` names a GPU image (`...-gpu-...`) while one of its \
        instance types (`InstanceType`, `InstancePools[*].InstanceType`) has no NVIDIA GPU, or a \
        Neuron image (`...-neuron-...`) while an instance type is not Inferentia2 or Trainium \
        (inf2, trn1, trn1n, trn2). Reported at each such instance type.

        NVIDIA GPU families: g4dn, g5, g6, g6e, g7, g7e, p3, p4d, p4de, p5, p5e, p5en, p6-b200, \
        p6-b300, p6e-gb200. `ml.p2` (K80) is not among them: it was missing from the supported \
        list when the API reference still printed one. `ml.inf1` is Inferentia (1), not 2.""",
    rationale = """
        The API reference describes each inference AMI version with its accelerator ("Accelerator: \
        GPU", "Accelerator: Inferentia2 and Trainium"); between 2024-08 and 2025-02 it also listed \
        the supported instance types (ml.g4dn, g5, g6, p3, p4d, p4de, p5). An AMI with drivers for \
        another accelerator cannot serve the instance.

        Evidence: documented requirement; a rejection has not been observed, and the catalogue \
        rates it a warning.""")
public final class InferenceAmiForOtherAccelerator implements Rule {
  static final Set<String> NVIDIA_GPU = Set.of("g4dn", "g5", "g6", "g6e", "g7", "g7e", "p3", "p4d",
      "p4de", "p5", "p5e", "p5en", "p6-b200", "p6-b300", "p6e-gb200");
  static final Set<String> NEURON = Set.of("inf2", "trn1", "trn1n", "trn2");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root(), ctx.apiVersion())) {
      String ami = variant.node().text("InferenceAmiVersion");
      if (ami == null) {
        continue;
      }
      Set<String> fits = ami.contains("-gpu-") ? NVIDIA_GPU : ami.contains("-neuron-") ? NEURON : null;
      if (fits == null) {
        continue;
      }
      String accelerator = fits == NVIDIA_GPU ? "an NVIDIA GPU" : "AWS Inferentia2 or Trainium";
      for (Specs.Text type : Specs.instanceTypes(variant, ctx.apiVersion())) {
        String family = family(type.value());
        if (family != null && !fits.contains(family)) {
          ctx.report(type.pointer(), "sm327.mismatch", type.value(), ami, accelerator,
              EndpointConfigSupport.variantName(variant));
        }
      }
    }
  }

  /** {@code ml.g5.xlarge} -> {@code g5}; null for anything not shaped like a hosting type. */
  static String family(String instanceType) {
    String[] parts = instanceType.split("\\.");
    return parts.length == 3 && parts[0].equals("ml") ? parts[1] : null;
  }
}
