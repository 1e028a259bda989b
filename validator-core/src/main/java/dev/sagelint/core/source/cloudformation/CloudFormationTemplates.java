package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.source.Assumption;
import dev.sagelint.core.source.Spec;
import dev.sagelint.core.source.Variation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CloudFormation front end (SAM and CDK-synthesized templates included): each
 * {@code AWS::SageMaker::Model} and {@code AWS::SageMaker::EndpointConfig} resource becomes a
 * CreateModel or CreateEndpointConfig spec, once per consistent scenario of the conditions its
 * properties use. {@code AWS::SageMaker::Endpoint} resources are read for their link to a config.
 * Other resource types are not sagelint's business.
 */
public final class CloudFormationTemplates {
  private static final List<ViewBuilder.LinkSlot> CONFIG_SLOTS = List.of(
      new ViewBuilder.LinkSlot(Pattern.compile("/(Shadow)?ProductionVariants/\\d+/ModelName"),
          Template.MODEL, "ModelName"));
  private static final List<ViewBuilder.LinkSlot> ENDPOINT_SLOTS = List.of(
      new ViewBuilder.LinkSlot(Pattern.compile("/EndpointConfigName"), Template.ENDPOINT_CONFIG,
          "EndpointConfigName"));

  private CloudFormationTemplates() {}

  /** What a template yields: its specs and the problems met while reading them. */
  public record Result(List<Spec> specs, List<Finding> problems) {}

  /** Whether the document is a template (see {@link Template#isTemplate}). */
  public static boolean claims(ParsedDocument document) {
    return Template.isTemplate(document.root());
  }

  /** The id of the spec of a resource: {@code Resources/<logical id>}. */
  public static String specId(String logicalId) {
    return "Resources/" + JsonPointer.escape(logicalId);
  }

  /** Reads the SageMaker resources of a template; values are checked against {@code version}. */
  public static Result read(ParsedDocument document, ApiVersion version) {
    Template template = new Template(document);
    Problems problems = new Problems(document);
    List<Spec> specs = new ArrayList<>();
    Node resourcesNode = template.root().get("Resources");
    if (!(resourcesNode instanceof ObjectNode resources)) {
      problems.add(Problems.STRUCTURE, "/Resources",
          resourcesNode == null ? template.root().span() : resourcesNode.span(), "resources.type",
          resourcesNode == null ? "nothing" : resourcesNode.typeName());
      return new Result(specs, problems.findings());
    }
    for (ObjectNode.Member m : resources.members()) {
      String pointer = JsonPointer.child("/Resources", m.key());
      if (!(m.value() instanceof ObjectNode resource)) {
        problems.add(Problems.STRUCTURE, pointer, m.value().span(), "resource.type",
            m.key(), m.value().typeName());
        continue;
      }
      String type = resource.text("Type");
      DocumentKind kind = Template.MODEL.equals(type) ? DocumentKind.CREATE_MODEL
          : Template.ENDPOINT_CONFIG.equals(type) ? DocumentKind.CREATE_ENDPOINT_CONFIG : null;
      if (kind == null && !Template.ENDPOINT.equals(type)) {
        continue;
      }
      Node properties = resource.get("Properties");
      String propertiesPointer = pointer + "/Properties";
      if (properties != null && !(properties instanceof ObjectNode) && Intrinsic.of(properties) == null) {
        problems.add(Problems.STRUCTURE, propertiesPointer, properties.span(), "properties.type",
            properties.typeName());
        continue;
      }
      if (properties == null) {
        properties = new ObjectNode(new LinkedHashMap<>(), resource.span());
      }
      Resource r = new Resource(template, m.key(), kind, properties, propertiesPointer,
          resource, m.keySpan().union(resource.span()),
          SchemaValidator.cloudFormationSchemaId(version, type));
      Conditions conditions = new Conditions(template, problems);
      for (Map<String, Boolean> scenario : conditions.scenarios(Conditions.usedBy(properties))) {
        Spec spec = r.build(scenario, Map.of(), Set.of(), problems);
        if (spec != null) {
          specs.add(spec);
        }
      }
    }
    return new Result(specs, problems.findings());
  }

  /** One SageMaker resource, built into specs on demand. */
  private record Resource(Template template, String logicalId, DocumentKind kind, Node properties,
      String propertiesPointer, ObjectNode declaration, Span extent, String schemaId) {

    /** The spec in {@code scenario}; null for an endpoint, which is read for its links only. */
    Spec build(Map<String, Boolean> scenario, Map<String, String> values, Set<String> unknown,
        Problems problems) {
      ViewBuilder builder = new ViewBuilder(template, scenario, values, unknown, problems,
          kind == null ? ENDPOINT_SLOTS : CONFIG_SLOTS);
      ObjectNode view = builder.build(properties, propertiesPointer, declaration);
      if (kind == null) {
        return null;
      }
      Variation variation = builder.parametersUsed().isEmpty() ? null
          : new ParameterVariation(this, scenario, List.copyOf(builder.parametersUsed()));
      return new Spec(specId(logicalId), kind, label(), new ParsedDocument(
          template.document().source(), template.document().index(), view), builder.origin(),
          schemaId, true, builder.links(), extent, ignoredRules(), variation);
    }

    private String label() {
      String path = null;
      ObjectNode metadata = declaration.object("Metadata");
      if (metadata != null) {
        path = metadata.text("aws:cdk:path");
      }
      return "resource `" + logicalId + "`" + (path == null ? "" : " (" + path + ")");
    }

    /** {@code Metadata: {sagelint: {ignore: [SM301]}}} on the resource. */
    private Set<String> ignoredRules() {
      ObjectNode metadata = declaration.object("Metadata");
      ObjectNode own = metadata == null ? null : metadata.object("sagelint");
      ArrayNode ignore = own == null ? null : own.array("ignore");
      if (ignore == null) {
        return Set.of();
      }
      Set<String> out = new LinkedHashSet<>();
      for (Node item : ignore.items()) {
        if (item.asText() != null) {
          out.add(item.asText());
        }
      }
      return out;
    }
  }

  /** The same resource with its parameters at other values, or unknown. */
  private record ParameterVariation(Resource resource, Map<String, Boolean> scenario,
      List<String> parameters) implements Variation {

    @Override
    public List<Assumption> assumptions() {
      List<Assumption> out = new ArrayList<>();
      for (String name : parameters) {
        ObjectNode p = resource.template().parameter(name);
        Node declared = p.get("Default");
        out.add(new Assumption(name, "parameter " + name, Template.usableDefault(p),
            declared == null ? p.span() : declared.span(), Template.allowedValues(p)));
      }
      return out;
    }

    @Override
    public Spec vary(Map<String, String> values, Set<String> unknown) {
      // Problems were reported when the spec was first built; a rebuild must not repeat them.
      Problems discard = new Problems(resource.template().document());
      return resource.build(scenario, values, unknown, discard);
    }
  }
}
