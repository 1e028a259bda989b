package dev.sagelint.core.source.terraform;

import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.source.Spec;
import dev.sagelint.core.source.terraform.hcl.Block;
import dev.sagelint.core.source.terraform.hcl.Body;
import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import dev.sagelint.core.source.terraform.hcl.HclProblem;
import dev.sagelint.core.suppress.InlineSuppression;
import dev.sagelint.core.suppress.InlineSuppressionParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Terraform front end: {@code aws_sagemaker_model}, {@code aws_sagemaker_endpoint_configuration}
 * and {@code aws_sagemaker_endpoint} resources from {@code .tf} files (native syntax), from
 * {@code .tf.json} files (JSON syntax) and from plan JSON ({@code terraform show -json}). Each input
 * is turned into the JSON configuration shape and handed to one view builder, so the mapping to
 * the API request is the same for all three (see docs/terraform.md).
 */
public final class TerraformFrontEnd {
  /** What a Terraform input yields. */
  public record Result(List<Spec> specs, List<Finding> problems) {}

  private TerraformFrontEnd() {}

  /** Whether the file is Terraform native syntax. */
  public static boolean isHcl(SourceFile source) {
    return source.format() == Format.HCL;
  }

  /** Whether a parsed JSON document is Terraform's: a {@code .tf.json} file, or a plan. */
  public static boolean claims(ParsedDocument document) {
    return isPlan(document) || isConfigJson(document);
  }

  static boolean isPlan(ParsedDocument document) {
    return document.root() instanceof ObjectNode o && o.has("format_version")
        && o.get("resource_changes") instanceof ArrayNode;
  }

  static boolean isConfigJson(ParsedDocument document) {
    return document.source().name().toLowerCase(Locale.ROOT).endsWith(".tf.json")
        && document.root() instanceof ObjectNode;
  }

  /** Reads a parsed JSON document that {@link #claims} claims. */
  public static Result read(ParsedDocument document) {
    return isPlan(document) ? PlanJson.read(document) : readConfigJson(document);
  }

  /** Reads a {@code .tf} file, with the variables, locals and resources of its directory. */
  public static Result readHcl(SourceFile source, ParseLimits limits) {
    HclParseResult parsed = HclParser.parse(source.text(), limits);
    TerraformProblems problems = new TerraformProblems(source, 0);
    String text = source.text();
    List<Body> module = new ArrayList<>();
    module.add(parsed.body());
    module.addAll(siblings(source, limits));
    StaticResolver resolver = StaticResolver.forModule(module);
    Set<String> moduleAddresses = new LinkedHashSet<>();
    for (Body b : module) {
      for (Block r : b.blocks("resource")) {
        if (r.labels().size() == 2) {
          moduleAddresses.add(r.label(0) + "." + r.label(1));
        }
      }
    }
    List<Block> resources = new ArrayList<>();
    Set<String> fileAddresses = new LinkedHashSet<>();
    for (Block r : parsed.body().blocks("resource")) {
      if (r.labels().size() == 2 && TerraformMapping.bundled().resource(r.label(0)) != null
          && fileAddresses.add(r.label(0) + "." + r.label(1))) {
        resources.add(r);
      }
    }
    boolean sageMaker = !resources.isEmpty() || text.contains("aws_sagemaker_");
    if (sageMaker) {
      for (HclProblem p : parsed.problems()) {
        problems.addWritten(p.kind() == HclProblem.Kind.SYNTAX
            || p.kind() == HclProblem.Kind.TOO_MANY_ERRORS ? TerraformProblems.SYNTAX
            : TerraformProblems.LIMIT, p.span(), p.message());
      }
    }
    TerraformSpecs specs = new TerraformSpecs(source, 0, false, moduleAddresses, fileAddresses);
    List<Spec> out = new ArrayList<>();
    if (parsed.problems().stream().anyMatch(p -> p.kind().stopsParsing())) {
      // As for JSON and YAML: a file the parser stopped reading is reported, not half linted.
      return new Result(out, problems.findings());
    }
    for (Block r : resources) {
      if (SyntaxDamage.damaged(r, parsed.problems())) {
        continue; // its syntax finding only: rules would judge a block the parser had to guess at
      }
      TerraformSpecs.Declared d = declared(r, resolver, text, Map.of(), Set.of(), HclTree.Shape.ALL);
      Spec s = specs.spec(d, problems);
      if (s != null) {
        out.add(s);
      }
    }
    return new Result(out, problems.findings());
  }

  private static TerraformSpecs.Declared declared(Block r, StaticResolver resolver, String text,
      Map<String, String> values, Set<String> unknown, HclTree.Shape shape) {
    HclTree tree = new HclTree(resolver, text, values, unknown, shape);
    ObjectNode body = tree.body(r.body(), r.span(), 0,
        TerraformMapping.bundled().resource(r.label(0)).members());
    String pointer = "/resource/" + JsonPointer.escape(r.label(0)) + "/" + JsonPointer.escape(r.label(1));
    return new TerraformSpecs.Declared(r.label(0), r.label(0) + "." + r.label(1), body, pointer,
        r.span(), tree.variablesUsed(), (v, u) -> declared(r, resolver, text, v, u, shape),
        shape == HclTree.Shape.ALL && tree.optionalSeen()
            ? s -> declared(r, resolver, text, values, unknown, s) : null);
  }

  /**
   * The other {@code .tf} files of the module (the file's directory), when the file is on disk:
   * their variables and locals give values, their resources are link targets.
   */
  private static List<Body> siblings(SourceFile source, ParseLimits limits) {
    List<Body> out = new ArrayList<>();
    try {
      for (Path p : ModuleFiles.beside(source)) {
        if (Files.isRegularFile(p) && Files.size(p) <= limits.maxFileBytes()) {
          out.add(HclParser.parse(Files.readString(p, StandardCharsets.UTF_8), limits).body());
        }
      }
    } catch (IOException | RuntimeException e) {
      return out; // an unreadable sibling only costs its variables
    }
    return out;
  }

  /**
   * The suppression comments of a {@code .tf} file: {@code # sagelint: disable-next-line SM301},
   * with {@code #} or {@code //}, and the {@code # sagelint-disable-next-line SM301} spelling. They
   * are rewritten, column for column, into the YAML comment form the shared parser reads.
   */
  public static List<InlineSuppression> suppressions(SourceFile source) {
    String text = source.text();
    if (!text.contains("sagelint")) {
      return List.of();
    }
    String rewritten = text.replace("//", "# ").replace("sagelint-disable-", "sagelint:disable-");
    return InlineSuppressionParser.parse(new SourceFile(source.name(), rewritten, Format.YAML),
        List.of());
  }

  /** A {@code .tf.json} file: {@code resource.<type>.<name>}, strings with {@code ${} unknown. */
  private static Result readConfigJson(ParsedDocument document) {
    TerraformProblems problems = new TerraformProblems(document.source(), document.index());
    ObjectNode root = (ObjectNode) document.root();
    Map<String, ObjectNode.Member> found = new LinkedHashMap<>();
    Set<String> addresses = new LinkedHashSet<>();
    for (ObjectNode resourceObject : objects(root.get("resource"))) {
      for (ObjectNode.Member type : resourceObject.members()) {
        for (ObjectNode named : objects(type.value())) {
          for (ObjectNode.Member m : named.members()) {
            addresses.add(type.key() + "." + m.key());
            if (TerraformMapping.bundled().resource(type.key()) != null) {
              found.putIfAbsent(type.key() + "\u0000" + m.key(), m);
            }
          }
        }
      }
    }
    TerraformSpecs specs = new TerraformSpecs(document.source(), document.index(), false,
        addresses, addresses);
    List<Spec> out = new ArrayList<>();
    for (Map.Entry<String, ObjectNode.Member> e : found.entrySet()) {
      String type = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
      ObjectNode.Member m = e.getValue();
      ObjectNode body = m.value() instanceof ObjectNode o ? o
          : m.value() instanceof ArrayNode a && a.size() > 0 && a.get(0) instanceof ObjectNode o ? o
          : null;
      String pointer = "/resource/" + JsonPointer.escape(type) + "/" + JsonPointer.escape(m.key());
      if (body == null) {
        problems.add(TerraformProblems.SYNTAX, pointer, m.value().span(), "json.body",
            type + "." + m.key());
        continue;
      }
      TerraformSpecs.Declared d = new TerraformSpecs.Declared(type, type + "." + m.key(),
          (ObjectNode) expressions(body), pointer, m.keySpan().union(m.value().span()), List.of(),
          null, null);
      Spec s = specs.spec(d, problems);
      if (s != null) {
        out.add(s);
      }
    }
    return new Result(out, problems.findings());
  }

  private static List<ObjectNode> objects(Node n) {
    if (n instanceof ObjectNode o) {
      return List.of(o);
    }
    List<ObjectNode> out = new ArrayList<>();
    if (n instanceof ArrayNode a) {
      for (Node item : a.items()) {
        if (item instanceof ObjectNode o) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** JSON syntax: a string holding a template ({@code ${...}}, {@code %{...}}) is an expression. */
  private static Node expressions(Node n) {
    if (n instanceof ScalarNode s && s.value() instanceof String str
        && (str.contains("${") || str.contains("%{"))) {
      return new UnknownNode(str, s.span());
    }
    if (n instanceof ObjectNode o) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        members.put(m.key(), new ObjectNode.Member(m.key(), m.keySpan(), expressions(m.value())));
      }
      return new ObjectNode(members, o.span());
    }
    if (n instanceof ArrayNode a) {
      List<Node> items = new ArrayList<>();
      a.items().forEach(i -> items.add(expressions(i)));
      return new ArrayNode(items, a.span());
    }
    return n;
  }
}
