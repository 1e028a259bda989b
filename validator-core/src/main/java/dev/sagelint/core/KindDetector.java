package dev.sagelint.core;

import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import java.util.Optional;

/**
 * Recognises which SageMaker document a parsed root is, from the members only that document has.
 * pre-commit hands sagelint every JSON and YAML file of a repository, so anything that is not
 * clearly one of the four kinds is skipped, never reported.
 */
public final class KindDetector {
  private KindDetector() {}

  public static Optional<DocumentKind> detect(Node root) {
    if (!(root instanceof ObjectNode o)) {
      return Optional.empty();
    }
    return detect(o::has);
  }

  /** The kind of a document whose top-level member names satisfy {@code o}. */
  public static Optional<DocumentKind> detect(Members o) {
    boolean response = o.has("CreationTime");
    if (o.has("EndpointConfigArn") || (response && o.has("EndpointConfigName"))) {
      return Optional.of(DocumentKind.DESCRIBE_ENDPOINT_CONFIG);
    }
    if (o.has("ModelArn") || (response && o.has("ModelName"))) {
      return Optional.of(DocumentKind.DESCRIBE_MODEL);
    }
    if (o.has("EndpointConfigName") || o.has("ProductionVariants")) {
      return Optional.of(DocumentKind.CREATE_ENDPOINT_CONFIG);
    }
    if (o.has("PrimaryContainer") || o.has("Containers")
        || (o.has("ModelName") && (o.has("ExecutionRoleArn") || o.has("InferenceExecutionConfig")))) {
      return Optional.of(DocumentKind.CREATE_MODEL);
    }
    return Optional.empty();
  }

  /** The top-level member names of a document, as far as recognising its kind needs them. */
  @FunctionalInterface
  public interface Members {
    boolean has(String name);
  }
}
