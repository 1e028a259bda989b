package dev.sagelint.schemas.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sagelint.schemas.CloudFormationResource;
import tools.jackson.databind.json.JsonMapper;

/**
* Renders {@code docs/cloudformation-properties.md}: for each resource, every CloudFormation property
* path next to the API member it is read as, per bundled API model, and the members only one side has.
* The table comes from the same {@link CloudFormationViewBuilder} run that writes the schemas, so it
* cannot drift from them; a test compares it with the committed file.
*/
public final class CloudFormationMappingTable {

  /** How to regenerate, repeated in the file so a reader who wants to change it knows not to edit it. */
  public static final String REGENERATE = "./mvnw -q -pl schemas test -Dtest=CloudFormationMappingDocTest"
      + " -Dsagelint.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false";

  private CloudFormationMappingTable() {
  }

  /** The whole markdown file, from the botocore models and {@code cloudformation/} folder in {@code modelsDir}. */
  public static String render(Path modelsDir) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    List<BotocoreModel> models = new ArrayList<>();
    for (Path file : BotocoreModel.findModelFiles(modelsDir)) {
      models.add(BotocoreModel.read(file, mapper));
    }
    if (models.isEmpty()) {
      throw new IllegalArgumentException("No botocore-sagemaker-<version>.service-2.json files in " + modelsDir);
    }
    Path cfnDir = modelsDir.resolve(SchemaGenerator.CLOUDFORMATION_DIR);

    StringBuilder md = new StringBuilder();
    md.append("# CloudFormation properties and the API members they are read as\n\n");
    md.append("<!-- Generated from the CloudFormation resource schemas and the botocore models by ")
        .append(CloudFormationMappingTable.class.getSimpleName()).append("; do not edit. Regenerate with: ")
        .append(REGENERATE).append(" -->\n\n");
    md.append("sagelint reads the `Properties` of each SageMaker resource as the API request CloudFormation sends:"
        + " a property is the API member of the same name at the same position. The CloudFormation resource"
        + " schema decides which properties exist, their structure and which are required; the API model decides"
        + " the values (enums, patterns, lengths, ranges, map keys). The generated schemas are in"
        + " `schemas/json/<version>/cloudformation/`.\n\n");
    md.append("A cell names the request member and, in parentheses, the API shape whose constraints apply."
        + " \"Not in the API\" means the property has no member at that position in that model version;"
        + " its values then come from the shape named (the same resource-schema definition matched elsewhere),"
        + " or from the resource schema itself.\n");

    for (CloudFormationResource resource : CloudFormationResource.values()) {
      Map<String, CloudFormationViewBuilder.View> views = new LinkedHashMap<>();
      for (BotocoreModel model : models) {
        views.put(model.version(), SchemaGenerator.cloudFormationView(model, resource, cfnDir, mapper));
      }
      section(md, resource, views);
    }
    return md.toString();
  }

  private static void section(StringBuilder md, CloudFormationResource resource,
      Map<String, CloudFormationViewBuilder.View> views) {
    md.append("\n## ").append(resource.typeName()).append("\n\n");
    md.append("Resource schema `").append(resource.resourceSchemaFile()).append("`; request ");
    List<String> operations = new ArrayList<>();
    resource.apiRootShapes().forEach(s -> operations.add("`" + CloudFormationResource.operationOf(s) + "`"));
    md.append(String.join(", then ", operations));
    md.append(operations.size() > 1 ? " (a top-level property is looked up in that order).\n\n" : ".\n\n");

    md.append("| CloudFormation property |");
    views.keySet().forEach(v -> md.append(" API ").append(v).append(" |"));
    md.append("\n|---|");
    views.keySet().forEach(v -> md.append("---|"));
    md.append('\n');

    List<String> paths = new ArrayList<>();
    List<Map<String, CloudFormationViewBuilder.MappedProperty>> byVersion = new ArrayList<>();
    for (CloudFormationViewBuilder.View view : views.values()) {
      Map<String, CloudFormationViewBuilder.MappedProperty> byPath = new LinkedHashMap<>();
      for (CloudFormationViewBuilder.MappedProperty p : view.properties()) {
        byPath.put(p.cfnPath(), p);
        if (!paths.contains(p.cfnPath())) {
          paths.add(p.cfnPath());
        }
      }
      byVersion.add(byPath);
    }
    for (String path : paths) {
      md.append("| `").append(path).append("` |");
      for (Map<String, CloudFormationViewBuilder.MappedProperty> byPath : byVersion) {
        md.append(' ').append(cell(byPath.get(path))).append(" |");
      }
      md.append('\n');
    }

    CloudFormationViewBuilder.View any = views.values().iterator().next();
    md.append("\nRead-only, not accepted in a template: ")
        .append(any.readOnly().isEmpty() ? "none" : code(any.readOnly())).append(".\n\n");
    md.append("Only in the API (CloudFormation does not accept them):\n\n");
    views.forEach((version, view) -> md.append("- ").append(version).append(": ")
        .append(view.apiOnly().isEmpty() ? "none" : code(view.apiOnly())).append('\n'));
  }

  private static String cell(CloudFormationViewBuilder.MappedProperty p) {
    if (p == null) {
      return "";
    }
    String shape = p.apiShape() == null ? "resource schema" : "`" + p.apiShape() + "`";
    if (p.apiPath() == null) {
      return "not in the API (" + shape + ")";
    }
    return "`" + p.operation() + "." + p.apiPath() + "` (" + shape + ")";
  }

  private static String code(List<String> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add("`" + n + "`"));
    return String.join(", ", out);
  }
}
