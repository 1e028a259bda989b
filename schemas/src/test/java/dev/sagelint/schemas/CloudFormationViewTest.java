package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sagelint.schemas.support.BundledValidator;
import dev.sagelint.schemas.support.Finding;
import dev.sagelint.schemas.support.RawModel;
import dev.sagelint.schemas.support.RawResourceSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* The CloudFormation views take their structure from the resource schema and their values from the API
* model. Expectations come from the shared files read directly (resource schema, botocore model) and from
* the API request schemas, whose own model-derived tests are in {@link ModelDerivedConstraintTest}.
*/
class CloudFormationViewTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Stream<Arguments> views() {
    List<Arguments> out = new ArrayList<>();
    for (String version : BundledSchemas.VERSIONS) {
      for (CloudFormationResource resource : CloudFormationResource.values()) {
        out.add(Arguments.of(version, resource));
      }
    }
    return out.stream();
  }

  /** The views whose request has a bundled API schema to compare values with. */
  static Stream<Arguments> viewsWithApiSchema() {
    return views().filter(a -> a.get()[1] != CloudFormationResource.ENDPOINT);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void aPropertyExistsExactlyWhereTheResourceSchemaHasIt(String version, CloudFormationResource resource) throws IOException {
    RawResourceSchema cfn = RawResourceSchema.load(resource);
    JsonNode view = read(version, resource);
    assertEquals(cfn.settableTopLevel(), List.copyOf(view.path("properties").propertyNames()), "top level");
    List<String> visited = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : cfn.settableTopLevel()) {
      compareStructure(cfn, cfn.root().path("properties").get(name), view, view.path("properties").get(name), name,
          visited, problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    String deep = switch (resource) {
      case MODEL -> "Containers[].ModelDataSource.S3DataSource.ModelAccessConfig.AcceptEula";
      case ENDPOINT_CONFIG -> "ExplainerConfig.ClarifyExplainerConfig.ShapConfig.ShapBaselineConfig.ShapBaselineUri";
      case ENDPOINT -> "DeploymentConfig.RollingUpdatePolicy.RollbackMaximumBatchSize.Value";
    };
    assertTrue(visited.contains(deep), "the walk reaches the deepest properties: " + visited);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("views")
  void requiredAndClosedObjectsAreTheResourceSchemas(String version, CloudFormationResource resource) throws IOException {
    JsonNode root = RawResourceSchema.load(resource).root();
    JsonNode view = read(version, resource);
    assertEquals(required(root), required(view));
    assertEquals(false, view.path("additionalProperties").asBoolean(true));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("viewsWithApiSchema")
  void valuesAtMatchedPositionsAreTheApiSchemas(String version, CloudFormationResource resource) throws IOException {
    JsonNode view = read(version, resource);
    JsonNode api = readApi(version, resource);
    List<String> compared = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : view.path("properties").propertyNames()) {
      JsonNode apiProperty = api.path("properties").get(name);
      if (apiProperty != null) {
        compareValues(view, view.path("properties").get(name), api, apiProperty, name, compared, problems);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(compared.size() >= (version.equals("2021-02-22") ? 15 : 40), "leaves compared: " + compared);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void instanceTypeEnumIsTheApis(String version) throws IOException {
    JsonNode view = read(version, CloudFormationResource.ENDPOINT_CONFIG);
    Set<String> api = RawModel.load(version).enumValues("ProductionVariantInstanceType");
    assertTrue(api.size() > 50, "the model lists the instance types");
    for (String list : List.of("ProductionVariants", "ShadowProductionVariants")) {
      JsonNode variant = resolve(view, resolve(view, view.path("properties").get(list)).get("items"));
      JsonNode instanceType = resolve(view, variant.path("properties").get("InstanceType"));
      List<String> values = new ArrayList<>();
      instanceType.path("enum").forEach(v -> values.add(v.asString()));
      assertEquals(List.copyOf(api), values, list + "[].InstanceType");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void namesCloudFormationGeneratesAreOptional(String version) throws IOException {
    assertEquals(List.of(), required(read(version, CloudFormationResource.MODEL)), "ModelName is generated");
    assertEquals(List.of("ProductionVariants"), required(read(version, CloudFormationResource.ENDPOINT_CONFIG)),
        "EndpointConfigName is generated");
    assertEquals(List.of("EndpointConfigName"), required(read(version, CloudFormationResource.ENDPOINT)),
        "an endpoint names its config; its own name is generated");
    assertEquals(Set.of(), findings(version, CloudFormationResource.MODEL, "{}"), "an empty Model is complete");
    assertEquals(Set.of(), findings(version, CloudFormationResource.ENDPOINT_CONFIG,
        "{\"ProductionVariants\": [{\"VariantName\": \"v\", \"InstanceType\": \"ml.m5.large\"}]}"));
    assertEquals(Set.of(new Finding("", "required", "EndpointConfigName")),
        findings(version, CloudFormationResource.ENDPOINT, "{\"EndpointName\": \"e\"}"),
        "the Endpoint needs its config name");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void apiMembersCloudFormationLacksAreUnknownMembers(String version) {
    for (String member : List.of("CoreDumpConfig", "AcceleratorType", "InstancePools")) {
      assertEquals(Set.of(new Finding("/ProductionVariants/0", "additionalProperties", member)),
          findings(version, CloudFormationResource.ENDPOINT_CONFIG,
              "{\"ProductionVariants\": [{\"VariantName\": \"v\", \"" + member + "\": {}}]}"), member);
    }
    assertEquals(Set.of(new Finding("", "additionalProperties", "ModelArn")),
        findings(version, CloudFormationResource.MODEL, "{\"ModelArn\": \"arn:aws:sagemaker:us-east-1:123456789012:model/m\"}"),
        "read-only properties cannot be set");
    assertEquals(Set.of(new Finding("/PrimaryContainer", "additionalProperties", "AdditionalModelDataSources")),
        findings(version, CloudFormationResource.MODEL, "{\"PrimaryContainer\": {\"AdditionalModelDataSources\": []}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void environmentIsAMapWithTheApisKeysOrAJsonString(String version) {
    assertEquals(Set.of(), findings(version, CloudFormationResource.MODEL,
        "{\"PrimaryContainer\": {\"Environment\": \"{\\\"A\\\": \\\"1\\\"}\"}}"));
    assertEquals(Set.of(), findings(version, CloudFormationResource.MODEL,
        "{\"PrimaryContainer\": {\"Environment\": {\"SAGEMAKER_PROGRAM\": \"serve.py\"}}}"));
    assertEquals(Set.of(new Finding("/PrimaryContainer/Environment", "propertyNames", "MODEL-NAME")),
        findings(version, CloudFormationResource.MODEL, "{\"PrimaryContainer\": {\"Environment\": {\"MODEL-NAME\": \"x\"}}}"));
    assertEquals(Set.of(Finding.at("/Containers/0/Environment", "type")),
        findings(version, CloudFormationResource.MODEL, "{\"Containers\": [{\"Environment\": 3}]}"));
  }

  @Test
  void propertiesTheOldModelLacksTakeTheirValuesFromTheMatchedShape() {
    // 2021-02-22 has no ShadowProductionVariants; its items are ProductionVariants, matched elsewhere.
    assertEquals(Set.of(Finding.at("/ShadowProductionVariants/0/InstanceType", "enum")),
        findings("2021-02-22", CloudFormationResource.ENDPOINT_CONFIG, "{\"ProductionVariants\": [{\"VariantName\": \"v\"}],"
            + " \"ShadowProductionVariants\": [{\"VariantName\": \"s\", \"InstanceType\": \"ml.m5.xlargee\"}]}"));
    // ...and where nothing is matched (VpcConfig of an endpoint config is newer), the resource schema decides.
    assertEquals(Set.of(new Finding("/VpcConfig", "required", "SecurityGroupIds")),
        findings("2021-02-22", CloudFormationResource.ENDPOINT_CONFIG, "{\"ProductionVariants\": [{\"VariantName\": \"v\"}],"
            + " \"VpcConfig\": {\"Subnets\": [\"subnet-1\"]}}"));
  }

  static Stream<String> versions() {
    return BundledSchemas.VERSIONS.stream();
  }

  // ------------------------------------------------------------------ helpers

  private static Set<Finding> findings(String version, CloudFormationResource resource, String json) {
    String id = BundledSchemas.cloudFormationSchemaId(version, resource.typeName());
    return Finding.of(BundledValidator.validate(id, MAPPER.readTree(json)));
  }

  /**
  * Walks the resource schema and the view side by side: same property names at every object, same
  * {@code required} and {@code additionalProperties}, lists where the resource has lists, and the
  * resource's JSON types for free-form maps.
  */
  private static void compareStructure(RawResourceSchema cfn, JsonNode cfnNode, JsonNode view, JsonNode viewNode,
      String path, List<String> visited, List<String> problems) {
    visited.add(path);
    JsonNode c = cfn.resolve(cfnNode);
    JsonNode v = resolve(view, viewNode);
    if (c.has("properties")) {
      if (!v.path("type").asString("").equals("object")) {
        problems.add(path + ": not an object in the view");
        return;
      }
      List<String> cfnNames = List.copyOf(c.path("properties").propertyNames());
      List<String> viewNames = List.copyOf(v.path("properties").propertyNames());
      if (!cfnNames.equals(viewNames)) {
        problems.add(path + ": properties " + viewNames + ", resource schema has " + cfnNames);
        return;
      }
      if (!c.path("required").equals(v.path("required"))) {
        problems.add(path + ": required " + v.path("required") + ", resource schema has " + c.path("required"));
      }
      if (!c.path("additionalProperties").equals(v.path("additionalProperties"))) {
        problems.add(path + ": additionalProperties " + v.path("additionalProperties"));
      }
      for (String name : cfnNames) {
        compareStructure(cfn, c.path("properties").get(name), view, v.path("properties").get(name), path + "." + name,
            visited, problems);
      }
    } else if (c.path("type").asString("").equals("array")) {
      if (!v.path("type").asString("").equals("array")) {
        problems.add(path + ": not an array in the view");
        return;
      }
      JsonNode items = c.get("items");
      JsonNode resolvedItems = cfn.resolve(items);
      if (resolvedItems.has("properties") || resolvedItems.path("type").asString("").equals("array")) {
        compareStructure(cfn, items, view, v.get("items"), path + "[]", visited, problems);
      }
    } else if (c.path("type").isArray() || c.path("type").asString("").equals("object")) {
      if (!c.path("type").equals(v.path("type"))) {
        problems.add(path + ": type " + v.path("type") + ", resource schema has " + c.path("type"));
      }
    }
  }

  /**
  * Walks the view and the API request schema side by side where both have a member, and requires the
  * value constraints (scalar schemas, list sizes, map keys and values) to be the API schema's exactly.
  */
  private static void compareValues(JsonNode view, JsonNode viewNode, JsonNode api, JsonNode apiNode, String path,
      List<String> compared, List<String> problems) {
    JsonNode v = resolve(view, viewNode);
    JsonNode a = resolve(api, apiNode);
    String type = a.path("type").asString("");
    switch (type) {
      case "object" -> {
        if (a.has("propertyNames")) { // a map
          compareLeaf(resolve(view, v.get("propertyNames")), resolve(api, a.get("propertyNames")), path + "{key}", compared, problems);
          compareLeaf(resolve(view, v.get("additionalProperties")), resolve(api, a.get("additionalProperties")),
              path + "{value}", compared, problems);
          if (!a.path("maxProperties").equals(v.path("maxProperties"))) {
            problems.add(path + ": maxProperties " + v.path("maxProperties") + ", API " + a.path("maxProperties"));
          }
          return;
        }
        for (String name : v.path("properties").propertyNames()) {
          JsonNode apiProperty = a.path("properties").get(name);
          if (apiProperty != null) {
            compareValues(view, v.path("properties").get(name), api, apiProperty, path + "." + name, compared, problems);
          }
        }
      }
      case "array" -> {
        for (String keyword : List.of("minItems", "maxItems")) {
          if (!a.path(keyword).equals(v.path(keyword))) {
            problems.add(path + ": " + keyword + " " + v.path(keyword) + ", API " + a.path(keyword));
          }
        }
        compareValues(view, v.get("items"), api, a.get("items"), path + "[]", compared, problems);
      }
      default -> compareLeaf(v, a, path, compared, problems);
    }
  }

  private static void compareLeaf(JsonNode view, JsonNode api, String path, List<String> compared, List<String> problems) {
    compared.add(path);
    if (!api.equals(view)) {
      problems.add(path + ": view " + view + ", API " + api);
    }
  }

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node;
    while (current != null && current.has("$ref")) {
      current = document.path("$defs").get(current.get("$ref").asString().substring("#/$defs/".length()));
    }
    return current;
  }

  private static JsonNode read(String version, CloudFormationResource resource) throws IOException {
    String path = BundledSchemas.cloudFormationResourcePath(version, resource.typeName());
    try (InputStream in = CloudFormationViewTest.class.getClassLoader().getResourceAsStream(path)) {
      assertTrue(in != null, "not on the class path: " + path);
      return MAPPER.readTree(in);
    }
  }

  private static JsonNode readApi(String version, CloudFormationResource resource) throws IOException {
    SchemaKind kind = SchemaKind.fromName(resource.operation()).orElseThrow();
    try (InputStream in = BundledSchemas.open(version, kind)) {
      return MAPPER.readTree(in);
    }
  }

  private static List<String> required(JsonNode schema) {
    List<String> out = new ArrayList<>();
    schema.path("required").forEach(r -> out.add(r.asString()));
    return out;
  }
}
