package dev.sagelint.core.rules.crossdoc;

import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.CrossDocumentContext;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Specs;
import java.util.List;
import java.util.Optional;

/**
 * A model that a variant of the endpoint config names and that was linted in the same run, with
 * the facts about it the cross-document rules ask for. Each fact comes with the pointer into the
 * model that shows it, so a message can say where in which file to look.
 *
 * @param name the ModelName the variant uses
 * @param root the model document's root
 * @param file the file the model came from
 */
record LinkedModel(String name, ObjectNode root, String file) {

  /** The model a variant names, when it was linted in this run. */
  static Optional<LinkedModel> of(CrossDocumentContext ctx, Specs.At variant) {
    String name = variant.node().text("ModelName");
    ObjectNode root = ctx.model(name);
    return root == null ? Optional.empty() : Optional.of(new LinkedModel(name, root, ctx.modelFile(name)));
  }

  /**
   * The place of the member at {@code pointer} in the model, for the finding's related locations.
   * Messages name only the file: a line number in a message would change whenever lines move,
   * and with it the finding's baseline key and fingerprint.
   */
  List<Finding.Related> related(String pointer) {
    return List.of(Finding.Related.at(file, JsonPointer.keySpan(root, pointer),
        "`" + Paths.readable(pointer) + "` of model `" + name + "`"));
  }

  /** Each fact below is the pointer into the model that shows it, or empty. */
  Optional<String> networkIsolation() {
    return root.get("EnableNetworkIsolation") instanceof ScalarNode s && Boolean.TRUE.equals(s.value())
        ? Optional.of("/EnableNetworkIsolation") : Optional.empty();
  }

  Optional<String> vpcConfig() {
    return Specs.present(root, "VpcConfig") ? Optional.of("/VpcConfig") : Optional.empty();
  }

  /** The number of containers in {@code Containers} (0 when it is absent). */
  int containerCount() {
    ArrayNode containers = root.array("Containers");
    return containers == null ? 0 : containers.size();
  }

  /** Whether the containers are invoked directly rather than as a serial pipeline. */
  boolean isDirect() {
    ObjectNode iec = root.object("InferenceExecutionConfig");
    return iec != null && "Direct".equals(iec.text("Mode"));
  }

  /** The {@code Mode} of the first container in multi-model mode. */
  Optional<String> multiModelContainer() {
    for (Specs.At c : Specs.containers(root)) {
      if ("MultiModel".equals(c.node().text("Mode"))) {
        return Optional.of(c.pointer() + "/Mode");
      }
    }
    return Optional.empty();
  }

  /** The image of the container at {@code modePointer} ({@code .../Mode}), or null. */
  String imageOf(String modePointer) {
    String container = modePointer.substring(0, modePointer.lastIndexOf('/'));
    Node image = JsonPointer.resolve(root, container + "/Image");
    return image == null ? null : image.asText();
  }

  Optional<String> repositoryAccessVpc() {
    for (Specs.At c : Specs.containers(root)) {
      ObjectNode imageConfig = c.node().object("ImageConfig");
      if (imageConfig != null && "Vpc".equals(imageConfig.text("RepositoryAccessMode"))) {
        return Optional.of(c.pointer() + "/ImageConfig/RepositoryAccessMode");
      }
    }
    return Optional.empty();
  }

  Optional<String> modelDataSource() {
    for (Specs.At c : Specs.containers(root)) {
      if (Specs.present(c.node(), "ModelDataSource")) {
        return Optional.of(c.pointer() + "/ModelDataSource");
      }
    }
    return Optional.empty();
  }
}
