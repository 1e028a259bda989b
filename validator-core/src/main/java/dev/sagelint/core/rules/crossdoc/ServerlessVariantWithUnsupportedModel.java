package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.Optional;

/** A serverless variant whose model uses a feature serverless endpoints do not have. */
@RuleInfo(
    id = "SM401",
    title = "Serverless variant uses a model with a feature serverless endpoints lack",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        When an endpoint config and the models it names are linted together, a variant with \
        `ServerlessConfig` is reported if its model:

        - sets `EnableNetworkIsolation: true`;
        - has a `VpcConfig`;
        - has more than one container (an inference pipeline or a multi-container model);
        - has a container in `Mode: MultiModel`;
        - pulls an image with `ImageConfig.RepositoryAccessMode: Vpc`;
        - loads artifacts through `ModelDataSource`.

        The finding is on the variant's `ServerlessConfig` and names the model's file; the \
        model's member is the finding's related location (SARIF `relatedLocations`, `see:` in text). Whether a model package comes from AWS Marketplace (also unsupported) \
        cannot be seen from the spec.""",
    rationale = """
        Serverless Inference runs the model on capacity AWS manages, without the VPC, network \
        isolation, multi-model and pipeline machinery of instance-based endpoints. Each half of \
        the pair is valid on its own, so neither document's rules can see the conflict.

        Evidence: documented requirement. The SageMaker developer guide lists these features \
        among the exclusions of Serverless Inference, and the API model says `ModelDataSource` \
        cannot be used with serverless endpoints; neither says whether CreateEndpointConfig, \
        CreateEndpoint or the first invocation fails, and no rejection has been observed yet. \
        It is an error by default (raised from a warning, see CHANGELOG.md), as in the \
        constraints catalogue: sagelint's default is the catalogue's severity: a documented \
        requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree).""",
    reference = "SM-XR-SERVERLESS-MODEL-FEATURES",
    evidence = "documented requirement; rejection not yet observed")
public final class ServerlessVariantWithUnsupportedModel implements CrossDocumentRule {
  @Override
  public void check(CrossDocumentContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      if (variant.node().object("ServerlessConfig") == null) {
        continue;
      }
      Optional<LinkedModel> found = LinkedModel.of(ctx, variant);
      if (found.isEmpty()) {
        continue;
      }
      LinkedModel model = found.get();
      String at = variant.pointer() + "/ServerlessConfig";
      String name = Names.variant(variant);
      model.networkIsolation().ifPresent(p ->
          ctx.reportAtKey(at, model.related(p), "serverless.isolation", name, model.name(), model.file()));
      model.vpcConfig().ifPresent(p ->
          ctx.reportAtKey(at, model.related(p), "serverless.vpc", name, model.name(), model.file()));
      if (model.containerCount() > 1) {
        ctx.reportAtKey(at, model.related(model.containers()), "serverless.containers", name, model.name(), model.file(),
            model.containerCount());
      }
      model.multiModelContainer().ifPresent(p ->
          ctx.reportAtKey(at, model.related(p), "serverless.multimodel", name, model.name(), model.file()));
      model.repositoryAccessVpc().ifPresent(p ->
          ctx.reportAtKey(at, model.related(p), "serverless.registry", name, model.name(), model.file()));
      model.modelDataSource().ifPresent(p ->
          ctx.reportAtKey(at, model.related(p), "serverless.datasource", name, model.name(), model.file()));
    }
  }
}
