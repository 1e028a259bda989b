package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.List;
import java.util.Optional;

/** A shadow test whose production or shadow model is multi-container or multi-model. */
@RuleInfo(
    id = "SM402",
    title = "Shadow test uses a multi-container or multi-model model",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        When an endpoint config with `ShadowProductionVariants` and the models it names are \
        linted together, a production or shadow variant is reported if its model has more than \
        one container (a serial inference pipeline or a multi-container model) or a container in \
        `Mode: MultiModel`. The finding is on the variant's `ModelName` and names the file and \
        line of the model's member. AWS Marketplace models, also excluded, cannot be recognised \
        from the spec.""",
    rationale = """
        A shadow test copies each request to a shadow variant and compares the two; SageMaker \
        does this for single-container, single-model endpoints only. The endpoint config and the \
        model are each valid on their own, so only a check across both can see it.

        Evidence: documented-reject. The shadow test guide says that setting up a shadow test \
        with these models leads to validation errors.""",
    reference = "SM-XR-SHADOW-MODEL",
    evidence = "documented-reject")
public final class ShadowTestWithUnsupportedModel implements CrossDocumentRule {
  @Override
  public void check(CrossDocumentContext ctx) {
    if (Specs.objects(ctx.root(), "ShadowProductionVariants").isEmpty()) {
      return;
    }
    List<Specs.At> variants = Specs.variants(ctx.root());
    for (Specs.At variant : variants) {
      Optional<LinkedModel> found = LinkedModel.of(ctx, variant);
      if (found.isEmpty()) {
        continue;
      }
      LinkedModel model = found.get();
      String at = variant.pointer() + "/ModelName";
      String name = Names.variant(variant);
      if (model.containerCount() > 1) {
        ctx.report(at, model.isDirect() ? "shadow.direct" : "shadow.pipeline", name, model.name(),
            model.where(model.containers()), model.containerCount());
      }
      model.multiModelContainer().ifPresent(p ->
          ctx.report(at, "shadow.multimodel", name, model.name(), model.where(p)));
    }
  }
}
