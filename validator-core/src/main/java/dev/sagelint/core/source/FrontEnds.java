package dev.sagelint.core.source;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.InputRuleIds;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ParseResult;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.SpecSignature;
import dev.sagelint.core.source.cloudformation.CloudFormationTemplates;
import dev.sagelint.core.source.terraform.TerraformFrontEnd;
import dev.sagelint.core.suppress.InlineSuppression;
import dev.sagelint.core.suppress.InlineSuppressionParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file into a {@link SourceModel}: parses it once, then lets the front end that claims
 * each document read it. A document is a CloudFormation template when it has template
 * structure, else a request or response when {@link KindDetector} recognises it (or the user
 * forced a kind), else it is skipped.
 */
public final class FrontEnds {
  private final DocumentParser parser;
  private final ParseLimits limits;
  private final Optional<DocumentKind> forcedKind;
  private final ApiVersion version;

  public FrontEnds(ParseLimits limits, Optional<DocumentKind> forcedKind, ApiVersion version) {
    this.parser = new DocumentParser(limits);
    this.limits = limits;
    this.forcedKind = forcedKind;
    this.version = version;
  }

  public SourceModel read(SourceFile source) {
    if (TerraformFrontEnd.isHcl(source)) {
      return terraform(source);
    }
    ParseResult parsed = parser.parse(source);
    List<Spec> specs = new ArrayList<>();
    List<DocumentResult> documents = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    List<Integer> templates = new ArrayList<>();
    List<Finding> unrecognised = new ArrayList<>();
    for (ParsedDocument doc : parsed.documents()) {
      boolean terraform = forcedKind.isEmpty() && TerraformFrontEnd.claims(doc);
      if (terraform || forcedKind.isEmpty() && CloudFormationTemplates.claims(doc)) {
        if (!terraform) {
          templates.add(doc.index());
        }
        CloudFormationTemplates.Result r = terraform ? terraformResult(TerraformFrontEnd.read(doc))
            : CloudFormationTemplates.read(doc, version);
        problems.addAll(r.problems());
        specs.addAll(r.specs());
        if (r.specs().isEmpty()) {
          documents.add(new DocumentResult(doc.index(), Optional.empty(), null));
        }
        // One entry per resource, however many scenarios it was checked in.
        Set<String> seen = new HashSet<>();
        for (Spec s : r.specs()) {
          if (seen.add(s.id())) {
            documents.add(new DocumentResult(doc.index(), Optional.of(s.kind()), null));
          }
        }
        continue;
      }
      Optional<DocumentKind> kind = forcedKind.or(() -> KindDetector.detect(doc.root()));
      if (kind.isEmpty()) {
        Finding nearMiss = OtherKeyCase.explain(doc);
        if (nearMiss != null) {
          unrecognised.add(nearMiss);
        }
        String endpoint = doc.root() instanceof ObjectNode o
            ? KindDetector.endpointDocument(o::has) : null;
        documents.add(new DocumentResult(doc.index(), Optional.empty(), endpoint == null
            ? "not a SageMaker spec" : endpoint + KindDetector.NOT_CHECKED));
        continue;
      }
      documents.add(new DocumentResult(doc.index(), kind, null));
      specs.add(Spec.ofDocument(doc, kind.get()));
    }
    problems.addAll(0, relevantProblems(parsed, documents, templates, specs));
    if (parsed.documents().isEmpty() && problems.isEmpty()) {
      documents.add(new DocumentResult(0, Optional.empty(),
          parsed.problems().isEmpty() ? "empty" : "not parseable, and not a SageMaker spec"));
    }
    return new SourceModel(source, specs, problems, documents,
        coverDeclarations(InlineSuppressionParser.parse(source, parsed.documents()), specs),
        parsed.aliases(), unrecognised);
  }

  /** A {@code .tf} file: its own reader, not the JSON/YAML document parser. */
  private SourceModel terraform(SourceFile source) {
    TerraformFrontEnd.Result r = TerraformFrontEnd.readHcl(source, limits);
    List<DocumentResult> documents = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Spec s : r.specs()) {
      if (seen.add(s.id())) {
        documents.add(new DocumentResult(0, Optional.of(s.kind()), null));
      }
    }
    if (documents.isEmpty()) {
      // Checked, with nothing to check: like a template without SageMaker resources. Such a file
      // is usually part of a module that has them (variables.tf feeds main.tf its defaults), so
      // naming it (`sagelint infra/*.tf`) is no reason for a warning.
      documents.add(new DocumentResult(0, Optional.empty(), null));
    }
    return new SourceModel(source, r.specs(), r.problems(), documents,
        coverDeclarations(TerraformFrontEnd.suppressions(source), r.specs()));
  }

  private static CloudFormationTemplates.Result terraformResult(TerraformFrontEnd.Result r) {
    return new CloudFormationTemplates.Result(r.specs(), r.problems());
  }

  /**
   * A {@code disable-next-line} comment right above a declaration (a template resource) covers
   * the whole declaration, as users of other infrastructure linters expect.
   */
  private static List<InlineSuppression> coverDeclarations(List<InlineSuppression> comments,
      List<Spec> specs) {
    if (comments.isEmpty() || specs.stream().allMatch(s -> s.extent() == null)) {
      return comments;
    }
    List<InlineSuppression> out = new ArrayList<>(comments.size());
    for (InlineSuppression c : comments) {
      InlineSuppression covered = c;
      if (c.scope() == InlineSuppression.Scope.NEXT_LINE) {
        for (Spec s : specs) {
          if (s.extent() != null && s.extent().startLine() == c.targetLine()) {
            covered = c.through(s.extent().endLine());
          }
        }
      }
      out.add(covered);
    }
    return out;
  }

  /**
   * Parse problems of documents that were not linted (a Helm chart, some other YAML) are not the
   * user's SageMaker problems: only problems of linted documents count, and a problem that
   * stopped parsing counts when the file looks like a spec or the user forced a kind. In a
   * template, short-form tags ({@code !Ref}) are CloudFormation's, not problems.
   */
  private List<Finding> relevantProblems(ParseResult parsed, List<DocumentResult> documents,
      List<Integer> templates, List<Spec> specs) {
    List<Finding> out = new ArrayList<>();
    boolean anyLinted = documents.stream().anyMatch(d -> d.kind().isPresent());
    boolean looksLikeSpec = forcedKind.isPresent() || anyLinted
        || SpecSignature.looksLikeSpec(parsed.source().text());
    TemplateProblems inTemplates = templates.isEmpty() ? null
        : new TemplateProblems(parsed.source().text(), specs);
    Set<Integer> linted = new HashSet<>();
    documents.stream().filter(d -> d.kind().isPresent()).forEach(d -> linted.add(d.index()));
    for (Finding p : parsed.problems()) {
      int index = p.documentIndex();
      boolean parsedDocument = index < parsed.documents().size();
      if (parsedDocument && templates.contains(index)) {
        if (linted.contains(index) && inTemplates.concernsSageMaker(p)) {
          out.add(inTemplates.labelled(p));
        }
      } else if (parsedDocument ? linted.contains(index) : looksLikeSpec) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * In a template, a duplicate key or tag is sagelint's business inside a SageMaker resource only;
   * and there, short-form tags ({@code !Ref}) are CloudFormation's, not custom tags (a misspelt
   * one, {@code !Iff}, is reported by the front end as an unknown function). A template may hold
   * tens of thousands of tags: line starts and resource pointers are looked up, not scanned.
   */
  private static final class TemplateProblems {
    private final String text;
    private final int[] lineStarts;
    /** Resource pointer ({@code /Resources/<id>}) to the label of its spec. */
    private final Map<String, String> specPointers = new HashMap<>();

    TemplateProblems(String text, List<Spec> specs) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts.add(i + 1);
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      specs.forEach(s -> specPointers.putIfAbsent("/" + s.id(), s.messagePrefix()));
    }

    boolean concernsSageMaker(Finding problem) {
      boolean local = problem.rule().equals(InputRuleIds.DUPLICATE_KEY)
          || problem.rule().equals(InputRuleIds.YAML_TAG);
      if (!local) {
        return true;
      }
      if (problem.rule().equals(InputRuleIds.YAML_TAG) && isShortFormTag(problem)) {
        return false;
      }
      return resourceOf(problem) != null;
    }

    /**
     * The problem with the label of the resource it is in, as every other finding in a resource
     * has it ("resource `Model`: Key `Image` appears twice..."): without it, a parse problem
     * found while reading a template (a duplicate key under Properties) did not say which
     * resource it is about. Problems outside SageMaker resources stay as they are.
     */
    Finding labelled(Finding problem) {
      String resource = resourceOf(problem);
      String prefix = resource == null ? "" : specPointers.get(resource);
      if (prefix.isEmpty()) {
        return problem;
      }
      return new Finding(problem.rule(), problem.severity(), prefix + problem.message(),
          problem.hint(), problem.file(), problem.pointer(), problem.documentIndex(),
          problem.line(), problem.column(), problem.endLine(), problem.endColumn(),
          problem.keyword());
    }

    /** The pointer of the SageMaker resource the problem is in ({@code /Resources/<id>}), or null. */
    private String resourceOf(Finding problem) {
      // "/Resources/<id>/...": the first two tokens name the resource.
      String pointer = problem.pointer();
      int second = pointer.indexOf('/', 1);
      int third = second < 0 ? -1 : pointer.indexOf('/', second + 1);
      String resource = third > 0 ? pointer.substring(0, third) : null;
      return resource != null && specPointers.containsKey(resource) ? resource : null;
    }

    /** Whether the tag the problem is about is written {@code !Name}, not {@code !!type}. */
    private boolean isShortFormTag(Finding problem) {
      int line = problem.line() - 1;
      if (line < 0 || line >= lineStarts.length) {
        return false;
      }
      int at = lineStarts[line] + problem.column() - 1;
      return at + 1 < text.length() && text.charAt(at) == '!' && text.charAt(at + 1) != '!';
    }
  }

}
