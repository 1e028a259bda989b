package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.Optional;

/** Asynchronous inference for a model that is a Marketplace package, multi-container or multi-model. */
@RuleInfo(
    id = "SM404",
    title = "Asynchronous inference with a Marketplace, multi-container or multi-model model",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    reference = "SM-XR-ASYNC-MODEL",
    evidence = "observed-reject (Marketplace); documented requirement (others)",
    description = """
        When an endpoint config with `AsyncInferenceConfig` and the models its production \
        variants name are linted together, a variant is reported at its `ModelName` when its \
        model:

        - [a] (error) is built from an AWS Marketplace model package: a container's \
        `ModelPackageName` is an ARN in one of the AWS Marketplace accounts listed in the rules' \
        data file `aws-owned-accounts.tsv` (a package named by name alone, or in an account \
        missing from the list, cannot be recognised);
        - [b] (warning) has more than one container (serial inference pipeline or Direct \
        multi-container model);
        - [c] (warning) has a container in `Mode: MultiModel`.""",
    rationale = """
        SageMaker rejects the first combination at CreateEndpointConfig: "Marketplace images are \
        not supported when specifying an AsyncInferenceConfig" (sagemaker-python-sdk issue 3969, \
        quoting the ValidationException). The deployment feature matrix of the Developer Guide \
        lists asynchronous inference as unavailable for multi-model and multi-container \
        endpoints and inference pipelines, without saying where it fails.

        Evidence: observed-reject for Marketplace (error); documented requirement for the others \
        (warning), as the constraints catalogue rates them.""")
public final class AsyncInferenceWithUnsupportedModel implements CrossDocumentRule {
  @Override
  public void check(CrossDocumentContext ctx) {
    if (!Specs.present(ctx.root(), "AsyncInferenceConfig")) {
      return;
    }
    for (Specs.At variant : Specs.objects(ctx.root(), "ProductionVariants")) {
      Optional<LinkedModel> found = LinkedModel.of(ctx, variant);
      if (found.isEmpty()) {
        continue;
      }
      LinkedModel model = found.get();
      String at = variant.pointer() + "/ModelName";
      String name = Names.variant(variant);
      model.marketplacePackage().ifPresent(p ->
          ctx.report(Severity.ERROR, at, model.related(p), "async.marketplace", name, model.name(),
              model.file()));
      if (model.containerCount() > 1) {
        ctx.report(Severity.WARNING, at, model.related(model.containers()), "async.containers", name, model.name(),
            model.file(), model.containerCount());
      }
      model.multiModelContainer().ifPresent(p ->
          ctx.report(Severity.WARNING, at, model.related(p), "async.multimodel", name, model.name(), model.file()));
    }
  }
}
