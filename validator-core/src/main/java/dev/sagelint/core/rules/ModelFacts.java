package dev.sagelint.core.rules;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.Span;
import java.util.Optional;

/**
 * What cross-document rules may ask about a model, taken from its spec once, in the first phase
 * of a run. The second phase keeps these few facts per model instead of the model's tree or file:
 * a run over ten thousand files would otherwise hold or re-read them all. Each fact carries where
 * it is written (file pointer and span), so a message can point at it.
 *
 * @param name how messages name the model: its {@code ModelName}, else its declaration's name
 * @param file the file the model is in
 * @param networkIsolation {@code EnableNetworkIsolation: true}, if so
 * @param vpcConfig {@code VpcConfig}, if set
 * @param containers {@code Containers}, if set
 * @param containerCount the number of {@code Containers} (0 when absent)
 * @param direct whether the containers are invoked directly ({@code Mode: Direct})
 * @param multiModelContainer the {@code Mode} of the first container in multi-model mode
 * @param multiModelImage that container's image, or null
 * @param repositoryAccessVpc the first {@code ImageConfig.RepositoryAccessMode: Vpc}
 * @param modelDataSource the first container's {@code ModelDataSource}
 * @param marketplacePackage the first {@code ModelPackageName} that is an ARN in an AWS
 *     Marketplace account ({@link AwsOwnedAccounts})
 */
public record ModelFacts(
    String name,
    String file,
    Optional<Fact> networkIsolation,
    Optional<Fact> vpcConfig,
    Optional<Fact> containers,
    int containerCount,
    boolean direct,
    Optional<Fact> multiModelContainer,
    String multiModelImage,
    Optional<Fact> repositoryAccessVpc,
    Optional<Fact> modelDataSource,
    Optional<Fact> marketplacePackage) {

  /**
   * Where a fact is written.
   *
   * @param pointer the pointer into the model's view (API member names)
   * @param span the position in the model's file
   */
  public record Fact(String pointer, Span span) {}

  /** The facts of a model's view. */
  public static ModelFacts of(String name, String file, ObjectNode root) {
    Optional<Fact> isolation = root.get("EnableNetworkIsolation") instanceof ScalarNode s
        && Boolean.TRUE.equals(s.value()) ? fact(root, "/EnableNetworkIsolation") : Optional.empty();
    Optional<Fact> vpc = Specs.present(root, "VpcConfig") ? fact(root, "/VpcConfig") : Optional.empty();
    ArrayNode list = root.array("Containers");
    Optional<Fact> containers = list == null ? Optional.empty() : fact(root, "/Containers");
    ObjectNode iec = root.object("InferenceExecutionConfig");
    boolean direct = iec != null && "Direct".equals(iec.text("Mode"));
    Optional<Fact> multiModel = Optional.empty();
    String multiModelImage = null;
    Optional<Fact> registry = Optional.empty();
    Optional<Fact> dataSource = Optional.empty();
    Optional<Fact> marketplace = Optional.empty();
    for (Specs.At c : Specs.containers(root)) {
      if (multiModel.isEmpty() && "MultiModel".equals(c.node().text("Mode"))) {
        multiModel = fact(root, c.pointer() + "/Mode");
        multiModelImage = c.node().text("Image");
      }
      ObjectNode imageConfig = c.node().object("ImageConfig");
      if (registry.isEmpty() && imageConfig != null
          && "Vpc".equals(imageConfig.text("RepositoryAccessMode"))) {
        registry = fact(root, c.pointer() + "/ImageConfig/RepositoryAccessMode");
      }
      if (dataSource.isEmpty() && Specs.present(c.node(), "ModelDataSource")) {
        dataSource = fact(root, c.pointer() + "/ModelDataSource");
      }
      if (marketplace.isEmpty() && AwsOwnedAccounts.isMarketplacePackage(c.node().text("ModelPackageName"))) {
        marketplace = fact(root, c.pointer() + "/ModelPackageName");
      }
    }
    return new ModelFacts(name, file, isolation, vpc, containers, list == null ? 0 : list.size(),
        direct, multiModel, multiModelImage, registry, dataSource, marketplace);
  }

  private static Optional<Fact> fact(ObjectNode root, String pointer) {
    // The member's key: a related location pointing at a mapping value would start a line later.
    return Optional.of(new Fact(pointer, JsonPointer.keySpan(root, pointer)));
  }
}
