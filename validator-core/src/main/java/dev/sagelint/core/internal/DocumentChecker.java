package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseResult;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.SpecSignature;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaKeywordRule;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs everything that looks at one file: kind detection, schema validation and the
 * single-document rules, then applies the user's rule selection and severities.
 */
public final class DocumentChecker {
  private static final String FALLBACK_SCHEMA_RULE = "SM199";

  private final LintOptions options;
  private final RuleCatalog catalog;
  private final SchemaValidator schemas;
  private final Map<String, RuleDescriptor> schemaRuleByKeyword = new HashMap<>();
  /** The enabled single-document rules for each kind, in id order: options never change. */
  private final Map<DocumentKind, List<RuleDescriptor>> rulesByKind = new EnumMap<>(DocumentKind.class);

  public DocumentChecker(LintOptions options, RuleCatalog catalog, SchemaValidator schemas) {
    this.options = options;
    this.catalog = catalog;
    this.schemas = schemas;
    for (RuleDescriptor d : catalog.all()) {
      if (d.implementation() instanceof SchemaKeywordRule k) {
        for (String keyword : k.keywords()) {
          schemaRuleByKeyword.put(keyword, d);
        }
      }
    }
    List<RuleDescriptor> documentRules = catalog.documentRules();
    for (DocumentKind kind : DocumentKind.values()) {
      rulesByKind.put(kind, documentRules.stream()
          .filter(d -> d.appliesTo(kind, options.apiVersion()) && options.isEnabled(d.id()))
          .toList());
    }
  }

  public Linter.Checked check(ParseResult parsed) {
    List<Finding> findings = new ArrayList<>();
    List<DocumentResult> documents = new ArrayList<>();
    List<Linter.KindedDocument> kinded = new ArrayList<>();
    for (ParsedDocument doc : parsed.documents()) {
      Optional<DocumentKind> kind = options.kind().or(() -> KindDetector.detect(doc.root()));
      if (kind.isEmpty()) {
        documents.add(new DocumentResult(doc.index(), Optional.empty(), "not a SageMaker spec"));
        continue;
      }
      documents.add(new DocumentResult(doc.index(), kind, null));
      List<Finding> schemaFindings = validate(doc, kind.get());
      List<Finding> ruleFindings = doc.root() instanceof ObjectNode ? runRules(doc, kind.get()) : List.of();
      // Both stay for now: which one explains the value is decided after overrides and
      // suppressions, by OneFindingPerValue.
      findings.addAll(schemaFindings);
      findings.addAll(ruleFindings);
      if (doc.root() instanceof ObjectNode) {
        kinded.add(new Linter.KindedDocument(doc, kind.get()));
      }
    }
    findings.addAll(relevantProblems(parsed, documents));
    if (parsed.documents().isEmpty() && findings.isEmpty()) {
      documents.add(new DocumentResult(0, Optional.empty(),
          parsed.problems().isEmpty() ? "empty" : "not parseable, and not a SageMaker spec"));
    }
    String name = parsed.source().name();
    return new Linter.Checked(new FileResult(name, documents, options.apply(findings)), kinded);
  }

  /**
   * When one value breaks several constraints (an 8-character placeholder where a 20-character
   * ARN with a pattern is required), users want the one that explains it best, not a cascade.
   * Earlier keywords in this list win; unlisted ones come last.
   */
  private static final List<String> KEYWORD_PRIORITY = List.of("required", "additionalProperties",
      "type", "enum", "const", "pattern", "minLength", "maxLength", "propertyNames", "minItems",
      "maxItems", "minProperties", "maxProperties", "minimum", "maximum");

  private static int priority(String keyword) {
    int i = KEYWORD_PRIORITY.indexOf(keyword);
    return i < 0 ? KEYWORD_PRIORITY.size() : i;
  }

  /**
   * Parse problems of documents that were not linted (a CloudFormation template full of !Ref, a
   * Helm chart) are not the user's SageMaker problems: only problems of linted documents count,
   * and a problem that stopped parsing counts when the file looks like a spec or the user forced
   * a kind.
   */
  private List<Finding> relevantProblems(ParseResult parsed, List<DocumentResult> documents) {
    List<Finding> out = new ArrayList<>();
    boolean anyLinted = documents.stream().anyMatch(d -> !d.skipped());
    boolean looksLikeSpec = options.kind().isPresent() || anyLinted
        || SpecSignature.looksLikeSpec(parsed.source().text());
    for (Finding p : parsed.problems()) {
      int index = p.documentIndex();
      boolean parsedDocument = index < documents.size();
      if (parsedDocument ? !documents.get(index).skipped() : looksLikeSpec) {
        out.add(p);
      }
    }
    return out;
  }

  private List<Finding> validate(ParsedDocument doc, DocumentKind kind) {
    Map<String, SchemaViolation> best = new LinkedHashMap<>();
    List<SchemaViolation> perMember = new ArrayList<>();
    for (SchemaViolation v : schemas.validate(doc, kind, options.apiVersion())) {
      if (v.property() != null) {
        // required / additionalProperties / propertyNames: one finding per member named.
        perMember.add(v);
        continue;
      }
      best.merge(v.pointer(), v, (a, b) -> priority(b.keyword()) < priority(a.keyword()) ? b : a);
    }
    List<SchemaViolation> kept = new ArrayList<>(perMember);
    kept.addAll(best.values());
    List<Finding> out = new ArrayList<>();
    for (SchemaViolation v : kept) {
      if (ResponseEnvelope.ignores(kind, v)) {
        continue;
      }
      if (v.instance() instanceof ScalarNode s && s.hasCustomTag()) {
        // SM005 already reports the custom tag; the text behind it is not the value the user meant.
        continue;
      }
      RuleDescriptor rule = schemaRuleByKeyword.get(v.keyword());
      if (rule == null) {
        rule = catalog.find(FALLBACK_SCHEMA_RULE).orElseThrow();
      }
      Described d = ((SchemaKeywordRule) rule.implementation()).describe(v);
      out.add(ResponseEnvelope.relax(kind, Finding.at(rule.id(), rule.severityFor(options.apiVersion()),
          d.message(), d.hint(), doc.source().name(), d.pointer(), doc.index(), d.span(), v.keyword())));
    }
    return out;
  }

  private List<Finding> runRules(ParsedDocument doc, DocumentKind kind) {
    List<Finding> out = new ArrayList<>();
    for (RuleDescriptor d : rulesByKind.get(kind)) {
      try {
        ((Rule) d.implementation()).check(new DocumentRuleContext(doc, kind, options, d, out));
      } catch (RuntimeException e) {
        out.add(InternalErrors.finding(d, doc, e));
      }
    }
    return out;
  }
}
