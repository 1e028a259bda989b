package dev.sagelint.schemas.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sagelint.schemas.CloudFormationResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* A CloudFormation resource schema read directly with Jackson, independently of the generator, so that
* tests take their expectations from the file and not from the code under test.
*/
public final class RawResourceSchema {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Map<CloudFormationResource, RawResourceSchema> CACHE = new ConcurrentHashMap<>();

  private final JsonNode root;

  private RawResourceSchema(JsonNode root) {
    this.root = root;
  }

  /** The resource schema from the shared folder; skips the calling test when it is absent. */
  public static RawResourceSchema load(CloudFormationResource resource) {
    Path file = TestPaths.modelsDirOrSkip().resolve("cloudformation").resolve(resource.resourceSchemaFile());
    assumeTrue(Files.isRegularFile(file), "CloudFormation resource schema not found: " + file);
    return CACHE.computeIfAbsent(resource, r -> new RawResourceSchema(MAPPER.readTree(file)));
  }

  public JsonNode root() {
    return root;
  }

  /** Follows {@code #/definitions/...} references. */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = root.path("definitions").required(current.get("$ref").asString().substring("#/definitions/".length()));
    }
    return current;
  }

  /** Top-level properties a template can set: not read-only, or read-only but create-only (EndpointName). */
  public List<String> settableTopLevel() {
    List<String> out = new ArrayList<>();
    for (String name : root.path("properties").propertyNames()) {
      String pointer = "/properties/" + name;
      if (!contains(root.path("readOnlyProperties"), pointer) || contains(root.path("createOnlyProperties"), pointer)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode n : array) {
      if (n.asString().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
