package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.Finding;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.ModelFacts;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Specs;
import java.util.List;
import java.util.Optional;

/**
 * A model that a variant of the endpoint config references and that was linted in the same run,
 * with the facts about it the cross-document rules ask for. Each fact comes with the pointer into
 * the model that shows it, so a message can say where in which file to look.
 *
 * @param facts what the first phase of the run recorded about the model
 */
record LinkedModel(ModelFacts facts) {

  /** The model a variant references, when it was linted in this run. */
  static Optional<LinkedModel> of(CrossDocumentContext ctx, Specs.At variant) {
    ModelFacts facts = ctx.model(variant.pointer() + "/ModelName");
    return facts == null ? Optional.empty() : Optional.of(new LinkedModel(facts));
  }

  /** How messages name the model. */
  String name() {
    return facts.name();
  }

  /** The model's file, for messages: never with a line, which would change when lines move. */
  String file() {
    return facts.file();
  }

  /**
   * Where a fact is written, as the finding's related location (SARIF relatedLocations, "see:"
   * in text): the line goes there, not into the message, so baseline keys survive moved lines.
   */
  List<Finding.Related> related(ModelFacts.Fact fact) {
    return List.of(Finding.Related.at(facts.file(), fact.span(),
        "`" + Paths.readable(fact.pointer()) + "` of model `" + facts.name() + "`"));
  }

  /** Each fact below is the pointer into the model that shows it, or empty. */
  Optional<ModelFacts.Fact> networkIsolation() {
    return facts.networkIsolation();
  }

  Optional<ModelFacts.Fact> vpcConfig() {
    return facts.vpcConfig();
  }

  /** {@code Containers}, for messages about the number of containers. */
  ModelFacts.Fact containers() {
    return facts.containers().orElseThrow();
  }

  /** The number of containers in {@code Containers} (0 when it is absent). */
  int containerCount() {
    return facts.containerCount();
  }

  /** Whether the containers are invoked directly rather than as a serial pipeline. */
  boolean isDirect() {
    return facts.direct();
  }

  /** The {@code Mode} of the first container in multi-model mode. */
  Optional<ModelFacts.Fact> multiModelContainer() {
    return facts.multiModelContainer();
  }

  /** The image of that container, or null. */
  String multiModelImage() {
    return facts.multiModelImage();
  }

  Optional<ModelFacts.Fact> repositoryAccessVpc() {
    return facts.repositoryAccessVpc();
  }

  Optional<ModelFacts.Fact> modelDataSource() {
    return facts.modelDataSource();
  }

  /** The {@code ModelPackageName} of an AWS Marketplace package, when one is recognised. */
  Optional<ModelFacts.Fact> marketplacePackage() {
    return facts.marketplacePackage();
  }
}
