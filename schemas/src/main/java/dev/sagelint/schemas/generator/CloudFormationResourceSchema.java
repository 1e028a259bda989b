package dev.sagelint.schemas.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* One CloudFormation resource provider schema (JSON Schema draft-07 with CloudFormation's extensions),
* read for its structure: properties, {@code definitions}, {@code required}, {@code additionalProperties}
* and which properties a template cannot set.
*/
final class CloudFormationResourceSchema {

  static final String DEFINITIONS_REF = "#/definitions/";

  private final String fileName;
  private final JsonNode root;

  private CloudFormationResourceSchema(String fileName, JsonNode root) {
    this.fileName = fileName;
    this.root = root;
  }

  static CloudFormationResourceSchema read(Path file, JsonMapper mapper) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("CloudFormation resource schema not found: " + file);
    }
    JsonNode root = mapper.readTree(file);
    if (!root.path("typeName").isString() || !root.path("properties").isObject()) {
      throw new IllegalArgumentException(file + " is not a CloudFormation resource schema (no typeName or properties)");
    }
    return new CloudFormationResourceSchema(file.getFileName().toString(), root);
  }

  /** For tests: a schema given as a tree. */
  static CloudFormationResourceSchema of(String fileName, JsonNode root) {
    return new CloudFormationResourceSchema(fileName, root);
  }

  String fileName() {
    return fileName;
  }

  String typeName() {
    return root.path("typeName").asString();
  }

  /** The resource's top level: the object that describes {@code Properties}. */
  JsonNode root() {
    return root;
  }

  /**
  * Properties a template can set. {@code readOnlyProperties} are outputs (ModelArn, Id) and are left
  * out, except those also listed in {@code createOnlyProperties}: the Endpoint schema lists
  * EndpointName in both, and templates do set it (it names the endpoint at creation).
  */
  boolean isSettable(String topLevelProperty) {
    String pointer = "/properties/" + topLevelProperty;
    return !contains(root.path("readOnlyProperties"), pointer) || contains(root.path("createOnlyProperties"), pointer);
  }

  /** Top-level properties that are read-only (not part of the view), in schema order. */
  Set<String> readOnlyTopLevel() {
    Set<String> out = new LinkedHashSet<>();
    for (String name : root.path("properties").propertyNames()) {
      if (!isSettable(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** The definition name a node refers to ({@code #/definitions/Tag} gives {@code Tag}), or null for an inline node. */
  static String refName(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return null;
    }
    String text = ref.asString();
    if (!text.startsWith(DEFINITIONS_REF)) {
      throw new IllegalArgumentException("unsupported $ref " + text + " (only " + DEFINITIONS_REF + "... is expected)");
    }
    return text.substring(DEFINITIONS_REF.length());
  }

  /** The node itself, or the definition it refers to (followed through chains of references). */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 16; hops++) {
      String name = refName(current);
      if (name == null) {
        return current;
      }
      current = root.path("definitions").get(name);
      if (current == null) {
        throw new IllegalArgumentException(fileName + ": dangling $ref to definition '" + name + "'");
      }
    }
    throw new IllegalArgumentException(fileName + ": $ref chain too long at " + node);
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode item : array) {
      if (text.equals(item.asString())) {
        return true;
      }
    }
    return false;
  }
}
