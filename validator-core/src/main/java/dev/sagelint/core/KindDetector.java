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
  /** How a skip reason that names an {@link #endpointDocument endpoint document} ends. */
  public static final String NOT_CHECKED = ", which sagelint does not check";

  private KindDetector() {}

  public static Optional<DocumentKind> detect(Node root) {
    if (!(root instanceof ObjectNode o)) {
      return Optional.empty();
    }
    return detect(o::has);
  }

  /** The kind of a document whose top-level member names satisfy {@code o}. */
  public static Optional<DocumentKind> detect(Members o) {
    if (endpointDocument(o) != null) {
      return Optional.empty();
    }
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

  /**
   * Names an endpoint document, which shares {@code EndpointConfigName} (and, for DescribeEndpoint,
   * {@code ProductionVariants} and {@code CreationTime}) with the endpoint config but is not one:
   * a CreateEndpoint or UpdateEndpoint request, or a DescribeEndpoint response. sagelint does not
   * check those, and taking them for endpoint configs would report their own members as unknown.
   * Returns null for anything else, including an endpoint config with a stray {@code EndpointName}
   * beside its variants, which stays an endpoint config (and gets its SM102).
   */
  public static String endpointDocument(Members o) {
    if (o.has("EndpointArn") || o.has("EndpointStatus")) {
      return "a DescribeEndpoint response";
    }
    if (o.has("EndpointName") && !o.has("ProductionVariants")) {
      return "a request on an endpoint (CreateEndpoint, UpdateEndpoint or the like)";
    }
    return null;
  }

  /** The top-level member names of a document, as far as recognising its kind needs them. */
  @FunctionalInterface
  public interface Members {
    boolean has(String name);
  }
}
