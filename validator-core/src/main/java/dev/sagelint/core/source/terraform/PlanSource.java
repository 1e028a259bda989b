package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.source.terraform.hcl.Block;
import dev.sagelint.core.source.terraform.hcl.Body;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The root module's {@code .tf} files beside a plan file, so a plan resource can be located in
 * the block that declares it: {@code aws_sagemaker_model.m} (or an instance {@code ...m[0]},
 * {@code ...m["a"]}) is {@code resource "aws_sagemaker_model" "m"}. The plan's values are kept (they
 * are what Terraform will send); each is given the span of the same argument in the block, or of
 * the nearest enclosing one that is written there (a provider default, an expanded dynamic block).
 */
final class PlanSource {
  /** Where a resource is declared. */
  private record Declaration(SourceFile file, Block block, Body module) {}

  /** A plan resource re-located into its .tf block. */
  record Located(ObjectNode body, String pointer, Span extent, TerraformSpecs specs) {}

  private final Map<String, Declaration> declarations;
  private final Map<SourceFile, TerraformSpecs> specsByFile = new HashMap<>();
  private final Set<String> planAddresses;

  private PlanSource(Map<String, Declaration> declarations, Set<String> planAddresses) {
    this.declarations = declarations;
    this.planAddresses = planAddresses;
  }

  /** The .tf files in the plan file's directory, when it is a file on disk. */
  static PlanSource beside(SourceFile plan, Set<String> planAddresses) {
    Map<String, Declaration> found = new LinkedHashMap<>();
    try {
      for (Path p : ModuleFiles.beside(plan)) {
        if (!Files.isRegularFile(p) || Files.size(p) > ParseLimits.DEFAULT.maxFileBytes()) {
          continue;
        }
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Body body = HclParser.parse(text).body();
        // Shown the way the user named the plan: `plan.json` -> `main.tf`, `infra/plan.json`
        // -> `infra/main.tf`.
        String name = Path.of(plan.name()).resolveSibling(p.getFileName()).toString();
        SourceFile tf = new SourceFile(name, text, dev.sagelint.core.parse.Format.HCL, p);
        for (Block r : body.blocks("resource")) {
          if (r.labels().size() == 2) {
            found.putIfAbsent(r.label(0) + "." + r.label(1), new Declaration(tf, r, body));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      found.clear(); // the plan alone is still checked, at plan pointers
    }
    return new PlanSource(found, planAddresses);
  }

  /**
   * What the block beside the plan writes for {@code address} (a {@code dynamic "x"} block as
   * {@code x}), or null when the block is not beside the plan.
   */
  ObjectNode written(String address) {
    Declaration d = declarations.get(address.replaceFirst("\\[[^\\]]*\\]$", ""));
    return d == null ? null : written(d);
  }

  private static ObjectNode written(Declaration d) {
    StaticResolver resolver = StaticResolver.forModule(List.of(d.module()));
    return new HclTree(resolver, d.file().text(), Map.of(), Set.of(),
        HclTree.Shape.ALL).body(d.block().body(), d.block().span(), 0);
  }

  /** The plan body located in its block, or null when the block is not beside the plan. */
  Located locate(String address, ObjectNode planBody) {
    String base = address.replaceFirst("\\[[^\\]]*\\]$", "");
    Declaration d = declarations.get(base);
    if (d == null) {
      return null;
    }
    ObjectNode written = written(d);
    String pointer = "/resource/" + JsonPointer.escape(d.block().label(0)) + "/"
        + JsonPointer.escape(d.block().label(1));
    TerraformSpecs specs = specsByFile.computeIfAbsent(d.file(),
        f -> new TerraformSpecs(f, 0, true, planAddresses, planAddresses));
    return new Located((ObjectNode) relocate(planBody, written, d.block().span()), pointer,
        d.block().span(), specs);
  }

  /** {@code value} with the spans of {@code written} (the same path in the block), or {@code at}. */
  private static Node relocate(Node value, Node written, Span at) {
    Span span = written == null ? at : written.span();
    if (value instanceof ObjectNode o) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      ObjectNode w = written instanceof ObjectNode wo ? wo : null;
      for (ObjectNode.Member m : o.members()) {
        ObjectNode.Member wm = w == null ? null : w.member(m.key());
        members.put(m.key(), new ObjectNode.Member(m.key(), wm == null ? span : wm.keySpan(),
            relocate(m.value(), wm == null ? null : wm.value(), span)));
      }
      return new ObjectNode(members, span);
    }
    if (value instanceof ArrayNode a) {
      ArrayNode w = written instanceof ArrayNode wa ? wa : null;
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        items.add(relocate(a.get(i), w != null && i < w.size() ? w.get(i) : null, span));
      }
      return new ArrayNode(items, span);
    }
    if (value instanceof ScalarNode s) {
      return new ScalarNode(s.value(), s.raw(), s.tag(), span);
    }
    if (value instanceof UnknownNode u) {
      return new UnknownNode(u.written(), span);
    }
    return value;
  }
}
