package dev.sagelint.schemas.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* Renders the Terraform mapping ({@link TerraformMappingGenerator}) as the Markdown table in
* {@code docs/terraform.md}, between the {@link #START} and {@link #END} markers, with the API
* versions whose model has each member. Regenerate with {@link #REGENERATE}.
*/
public final class TerraformMappingTable {
  public static final String START = "<!-- terraform-mapping:start (generated; do not edit) -->";
  public static final String END = "<!-- terraform-mapping:end -->";
  public static final String REGENERATE = "./mvnw -q -pl schemas test -Dtest=TerraformMappingDocTest "
      + "-Dsagelint.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false";

  private TerraformMappingTable() {
  }

  /** The table, markers included. */
  public static String render(Path modelsDir) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    List<BotocoreModel> models = new ArrayList<>();
    for (Path file : BotocoreModel.findModelFiles(modelsDir)) {
      models.add(BotocoreModel.read(file, mapper));
    }
    JsonNode mapping = TerraformMappingGenerator.build(modelsDir, models, mapper);
    StringBuilder out = new StringBuilder(START).append("\n");
    for (Map.Entry<String, JsonNode> r : mapping.path("resources").properties()) {
      String operation = r.getValue().path("operation").asString();
      out.append("\n#### `").append(r.getKey()).append("` -> ").append(operation).append("\n\n");
      out.append("| Terraform | API request | Form |");
      models.forEach(m -> out.append(' ').append(m.version()).append(" |"));
      out.append("\n|---|---|---|");
      models.forEach(m -> out.append("---|"));
      out.append('\n');
      List<String> shapes = new ArrayList<>();
      models.forEach(m -> shapes.add(operation + "Input"));
      rows(r.getValue().path("members"), "", "", models, shapes, out);
      out.append("\nNot part of the request (computed by the provider): ");
      List<String> dropped = new ArrayList<>();
      r.getValue().path("dropped").forEach(d -> dropped.add("`" + d.asString() + "`"));
      out.append(String.join(", ", dropped)).append(".\n");
    }
    return out.append('\n').append(END).append('\n').toString();
  }

  private static void rows(JsonNode members, String tfPrefix, String apiPrefix, List<BotocoreModel> models,
      List<String> shapes, StringBuilder out) {
    for (Map.Entry<String, JsonNode> e : members.properties()) {
      JsonNode m = e.getValue();
      String form = m.path("form").asString();
      boolean many = form.equals("objects");
      String tf = tfPrefix + e.getKey() + (form.equals("object") || many ? " {}" : "");
      String api = apiPrefix + m.path("api").asString() + (many ? "[]" : "");
      List<String> inner = new ArrayList<>();
      out.append("| `").append(tf).append("` | `").append(api).append("` | ").append(form)
          .append(m.path("computed").asBoolean(false) ? ", computed" : "")
          .append(m.path("generated").asBoolean(false) ? ", name generated" : "")
          .append(m.path("required").asBoolean(false) ? ", required" : "").append(" |");
      for (int i = 0; i < models.size(); i++) {
        BotocoreModel model = models.get(i);
        String shape = shapes.get(i);
        String target = shape != null && model.hasShape(shape)
            && model.shape(shape).path("members").has(m.path("api").asString())
            ? model.shape(shape).path("members").path(m.path("api").asString()).path("shape").asString() : null;
        if (target != null && model.typeOf(target).equals("list") && many) {
          target = model.shape(target).path("member").path("shape").asString();
        }
        inner.add(target);
        out.append(target == null ? " no |" : " yes |");
      }
      out.append('\n');
      if (m.has("members")) {
        rows(m.path("members"), tfPrefix + e.getKey() + ".", api + ".", models, inner, out);
      }
    }
  }
}
