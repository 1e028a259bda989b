package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a CloudFormation template that values can come from: parameters, conditions,
 * mappings and the resources themselves. Only literal data is read; nothing is evaluated.
 */
final class Template {
  static final String MODEL = "AWS::SageMaker::Model";
  static final String ENDPOINT_CONFIG = "AWS::SageMaker::EndpointConfig";
  static final String ENDPOINT = "AWS::SageMaker::Endpoint";

  private final ParsedDocument document;
  private final ObjectNode root;

  Template(ParsedDocument document) {
    this.document = document;
    this.root = (ObjectNode) document.root();
  }

  /**
   * Whether a document is a template: a {@code Resources} mapping whose entries carry {@code Type}
   * strings, or a {@code Resources} member beside the template format version or a transform.
   */
  static boolean isTemplate(Node root) {
    if (!(root instanceof ObjectNode o) || !o.has("Resources")) {
      return false;
    }
    if (o.has("AWSTemplateFormatVersion") || o.has("Transform")) {
      return true;
    }
    ObjectNode resources = o.object("Resources");
    if (resources == null || resources.size() == 0) {
      return false;
    }
    for (ObjectNode.Member m : resources.members()) {
      if (!(m.value() instanceof ObjectNode r) || r.text("Type") == null) {
        return false;
      }
    }
    return true;
  }

  ParsedDocument document() {
    return document;
  }

  ObjectNode root() {
    return root;
  }

  /** The {@code Resources} mapping, or null when it is not one. */
  ObjectNode resources() {
    return root.object("Resources");
  }

  /** A resource's declaration, or null. */
  ObjectNode resource(String logicalId) {
    ObjectNode resources = resources();
    return resources == null ? null : resources.object(logicalId);
  }

  /** A resource's {@code Type}, or null when there is no such resource. */
  String typeOf(String logicalId) {
    ObjectNode r = resource(logicalId);
    return r == null ? null : r.text("Type");
  }

  /** A parameter's declaration, or null. */
  ObjectNode parameter(String name) {
    ObjectNode parameters = root.object("Parameters");
    return parameters == null ? null : parameters.object(name);
  }

  /** A condition's definition, or null. */
  Node condition(String name) {
    ObjectNode conditions = root.object("Conditions");
    return conditions == null ? null : conditions.get(name);
  }

  boolean hasCondition(String name) {
    ObjectNode conditions = root.object("Conditions");
    return conditions != null && conditions.has(name);
  }

  /** {@code Mappings.map.top.second} when all three are literal keys, else null. */
  Node mapping(String map, String top, String second) {
    ObjectNode mappings = root.object("Mappings");
    ObjectNode m = mappings == null ? null : mappings.object(map);
    ObjectNode t = m == null ? null : m.object(top);
    return t == null ? null : t.get(second);
  }

  /**
   * A parameter's default as a value a spec can take, or null when it has none a spec could use:
   * list and SSM parameter types resolve to something other than their default text.
   */
  static String usableDefault(ObjectNode parameter) {
    String type = parameter.text("Type");
    if (type != null && (type.startsWith("List<") || type.equals("CommaDelimitedList")
        || type.startsWith("AWS::SSM::"))) {
      return null;
    }
    return scalarText(parameter.get("Default"));
  }

  /** The parameter's {@code AllowedValues} as text, empty when absent or not all literal. */
  static List<String> allowedValues(ObjectNode parameter) {
    ArrayNode allowed = parameter.array("AllowedValues");
    List<String> out = new ArrayList<>();
    if (allowed == null) {
      return out;
    }
    for (Node item : allowed.items()) {
      String text = scalarText(item);
      if (text == null) {
        return List.of();
      }
      out.add(text);
    }
    return out;
  }

  /** A literal scalar as CloudFormation hands it over: as text. */
  static String scalarText(Node node) {
    if (node instanceof ScalarNode s && !s.hasCustomTag() && s.value() != null) {
      return s.value() instanceof java.math.BigDecimal d ? d.toPlainString() : s.value().toString();
    }
    return null;
  }
}
