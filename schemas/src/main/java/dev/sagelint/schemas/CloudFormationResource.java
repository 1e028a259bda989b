package dev.sagelint.schemas;

import java.util.List;
import java.util.Optional;

/**
* The CloudFormation resource types sagelint has a schema for. Each schema describes the resource's
* {@code Properties} as an API-shaped tree (the "view"): which properties exist and their structure
* come from the CloudFormation resource schema, the value constraints from the API request the
* resource is created with.
*/
public enum CloudFormationResource {
  MODEL("AWS::SageMaker::Model", "aws-sagemaker-model.json", List.of("CreateModelInput")),
  ENDPOINT_CONFIG("AWS::SageMaker::EndpointConfig", "aws-sagemaker-endpointconfig.json",
      List.of("CreateEndpointConfigInput")),
  // CreateEndpoint carries the name, config and tags; the Retain*/Exclude* properties (and, in older
  // models, DeploymentConfig) only exist on UpdateEndpoint, which CloudFormation calls on updates.
  ENDPOINT("AWS::SageMaker::Endpoint", "aws-sagemaker-endpoint.json",
      List.of("CreateEndpointInput", "UpdateEndpointInput"));

  private final String typeName;
  private final String resourceSchemaFile;
  private final List<String> apiRootShapes;

  CloudFormationResource(String typeName, String resourceSchemaFile, List<String> apiRootShapes) {
    this.typeName = typeName;
    this.resourceSchemaFile = resourceSchemaFile;
    this.apiRootShapes = apiRootShapes;
  }

  /** The CloudFormation type name, e.g. {@code AWS::SageMaker::Model}. */
  public String typeName() {
    return typeName;
  }

  /** File name of the CloudFormation resource provider schema in the shared models' {@code cloudformation/} folder. */
  public String resourceSchemaFile() {
    return resourceSchemaFile;
  }

  /**
  * The botocore request shapes a top-level property is looked up in, in order: the first that has a
  * member of the property's name supplies its value constraints.
  */
  public List<String> apiRootShapes() {
    return apiRootShapes;
  }

  /** The operation name of the first root shape, e.g. {@code CreateModel}. */
  public String operation() {
    return operationOf(apiRootShapes.get(0));
  }

  /** {@code CreateModelInput} to {@code CreateModel}. */
  public static String operationOf(String rootShape) {
    return rootShape.endsWith("Input") ? rootShape.substring(0, rootShape.length() - "Input".length()) : rootShape;
  }

  /** File name of the generated schema inside {@code <version>/cloudformation/}, e.g. {@code AWS-SageMaker-Model.schema.json}. */
  public String fileName() {
    return typeName.replace("::", "-") + ".schema.json";
  }

  /** Looks a resource up by its exact CloudFormation type name (type names are case-sensitive). */
  public static Optional<CloudFormationResource> fromTypeName(String typeName) {
    for (CloudFormationResource resource : values()) {
      if (resource.typeName.equals(typeName)) {
        return Optional.of(resource);
      }
    }
    return Optional.empty();
  }
}
