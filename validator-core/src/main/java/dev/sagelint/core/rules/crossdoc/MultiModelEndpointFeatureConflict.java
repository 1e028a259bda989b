package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.ModelFacts;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Endpoint features that multi-model, pipeline or multi-container models do not support:
 * Elastic Inference and non-Triton GPU hosting for multi-model containers, data capture for all three.
 */
@RuleInfo(
    id = "SM403",
    title = "Endpoint feature that multi-model or multi-container models do not support",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        When an endpoint config and the models it names are linted together:

        - a variant with `AcceleratorType` (Elastic Inference) whose model has a container in \
        `Mode: MultiModel`;
        - a variant on an NVIDIA GPU instance type (g4dn, g5, g6, g6e, g7, g7e, p2, p3, p4d, p4de, \
        p5, p5e, p5en, p6) whose model has a `MultiModel` container with an image that is not \
        NVIDIA Triton Inference Server (`tritonserver` in the image name);
        - `DataCaptureConfig` with capture enabled while a variant's model is multi-model, a \
        serial inference pipeline, or a multi-container (Direct) model; reported once per model.""",
    rationale = """
        Multi-model endpoints load models on demand inside one container; SageMaker supports that \
        on GPU instances only with its Triton image, and never together with Elastic Inference. \
        Data capture (and so Model Monitor) is listed as not available for multi-model, pipeline \
        and multi-container endpoints. The endpoint config and the model are each valid alone.

        Evidence: documented requirement for all three (multi-model endpoint guide; deployment \
        feature matrix); none says at which call AWS refuses, and no rejection has been observed \
        yet. Elastic Inference with a multi-model container is an error by default (raised from a \
        warning, see CHANGELOG.md) and the other two warnings, as the constraints catalogue rates \
        them (Elastic Inference itself is retired in the 2026-08-07 model, which the endpoint \
        config rules report).""",
    reference = "SM-XR-MME-FEATURES",
    evidence = "documented requirement; rejection not yet observed")
public final class MultiModelEndpointFeatureConflict implements CrossDocumentRule {
  private static final Set<String> NVIDIA_GPU_FAMILIES = Set.of("g4dn", "g5", "g6", "g6e", "g7",
      "g7e", "p2", "p3", "p4d", "p4de", "p5", "p5e", "p5en", "p6-b200", "p6-b300", "p6e-gb200");

  @Override
  public void check(CrossDocumentContext ctx) {
    Set<String> capturedModels = new HashSet<>();
    boolean capture = captureEnabled(ctx.root());
    for (Specs.At variant : Specs.variants(ctx.root())) {
      Optional<LinkedModel> found = LinkedModel.of(ctx, variant);
      if (found.isEmpty()) {
        continue;
      }
      LinkedModel model = found.get();
      String name = Names.variant(variant);
      Optional<ModelFacts.Fact> multiModel = model.multiModelContainer();
      if (multiModel.isPresent()) {
        if (variant.node().text("AcceleratorType") != null) {
          ctx.reportAtKey(Severity.ERROR, variant.pointer() + "/AcceleratorType",
              model.related(multiModel.get()), "mme.accelerator", name, model.name(), model.file());
        }
        String image = model.multiModelImage();
        if (image != null && !image.toLowerCase(Locale.ROOT).contains("tritonserver")) {
          for (Specs.Text type : Specs.instanceTypes(variant)) {
            if (isNvidiaGpu(type.value())) {
              ctx.report(Severity.WARNING, type.pointer(), model.related(multiModel.get()), "mme.gpu", name, type.value(), model.name(),
                  model.file());
            }
          }
        }
      }
      if (capture && capturedModels.add(model.name())) {
        if (multiModel.isPresent()) {
          ctx.reportAtKey(Severity.WARNING, "/DataCaptureConfig", model.related(multiModel.get()), "capture.multimodel", model.name(),
              model.file());
        } else if (model.containerCount() > 1) {
          ctx.reportAtKey(Severity.WARNING, "/DataCaptureConfig", model.related(model.containers()), model.isDirect() ? "capture.direct" : "capture.pipeline",
              model.name(), model.file(), model.containerCount());
        }
      }
    }
  }

  private static boolean captureEnabled(ObjectNode root) {
    ObjectNode dc = root.object("DataCaptureConfig");
    // An EnableCapture nobody can know yet (a template parameter) may be false: not enabled.
    return dc != null && !(dc.get("EnableCapture") instanceof ScalarNode s && Boolean.FALSE.equals(s.value()))
        && !(dc.get("EnableCapture") instanceof dev.sagelint.core.parse.UnknownNode);
  }

  /** {@code ml.g5.xlarge} is on an NVIDIA GPU; the family is the part between the dots. */
  static boolean isNvidiaGpu(String instanceType) {
    String[] parts = instanceType.split("\\.");
    return parts.length == 3 && parts[0].equals("ml") && NVIDIA_GPU_FAMILIES.contains(parts[1]);
  }
}
