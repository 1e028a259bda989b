package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaKeywordRule;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.schema.SchemaViolation;
import dev.sagelint.core.source.SourceModel;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs everything that looks at one spec: schema validation and the single-document rules, then
 * applies the user's rule selection and severities. Specs come from any front end; findings leave
 * with file pointers and the spec's label, and the rules never learn where a spec came from.
 */
public final class DocumentChecker {
  private static final String FALLBACK_SCHEMA_RULE = "SM199";

  private final LintOptions options;
  private final RuleCatalog catalog;
  private final SchemaValidator schemas;
  private final Map<String, RuleDescriptor> schemaRuleByKeyword = new HashMap<>();
  /** The enabled single-document rules for each kind, in id order: options never change. */
  private final Map<DocumentKind, List<RuleDescriptor>> rulesByKind = new EnumMap<>(DocumentKind.class);
  private final AssumedValues assumed;

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
    this.assumed = new AssumedValues(this::checkView);
  }

  /** Checks every spec of a file. */
  public SpecChecked check(SourceModel model) {
    List<Finding> findings = new ArrayList<>(model.problems());
    Set<String> seen = new LinkedHashSet<>();
    List<Spec> linkable = new ArrayList<>();
    for (Spec spec : model.specs()) {
      for (Finding found : assumed.check(spec)) {
        Finding f = AliasLocations.relocate(found, model.aliases());
        // Scenarios of one resource meet the same mistake again: report it once. Where a member
        // is reported at its key, both branches of an Fn::If under it land on the same place.
        if (seen.add(f.rule() + "\u0000" + f.line() + ":" + f.column() + "-" + f.endLine() + ":"
            + f.endColumn() + "\u0000" + f.message())) {
          findings.add(f);
        }
      }
      linkable.add(spec);
    }
    FileResult result = new FileResult(model.source().name(), model.documents(), options.apply(findings));
    return new SpecChecked(result, linkable, model.suppressions());
  }

  /**
   * The findings of one view, still on view pointers and unlabelled (see {@link #finish}): schema
   * findings that no rule explains better, then rule findings.
   */
  List<Finding> checkView(Spec spec) {
    ParsedDocument view = spec.view();
    List<SchemaViolation> violations = validate(spec, view);
    if (spec.convertsStrings()) {
      ParsedDocument converted = ScalarConversion.apply(view, violations);
      if (converted != null) {
        view = converted;
        violations = validate(spec, view);
      }
    }
    List<Finding> findings = new ArrayList<>(describe(spec.kind(), view, violations));
    if (view.root() instanceof ObjectNode) {
      findings.addAll(runRules(view, spec.kind()));
    }
    // Schema and rule findings on one value both stay for now: which one explains the value is
    // decided after overrides and suppressions, by OneFindingPerValue (ADR 0020).
    return findings;
  }

  /** A view finding as the user sees it: at the file pointer, named after its spec. */
  static Finding finish(Spec spec, Finding f) {
    String pointer = spec.origin().toFile(f.pointer());
    String message = spec.messagePrefix() + f.message();
    return new Finding(f.rule(), f.severity(), message, f.hint(), f.file(), pointer,
        f.documentIndex(), f.line(), f.column(), f.endLine(), f.endColumn(), f.keyword(), f.related());
  }

  private List<SchemaViolation> validate(Spec spec, ParsedDocument view) {
    return spec.schemaId() == null ? schemas.validate(view, spec.kind(), options.apiVersion())
        : schemas.validate(view, spec.schemaId());
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

  private List<Finding> describe(DocumentKind kind, ParsedDocument doc, List<SchemaViolation> violations) {
    Map<String, SchemaViolation> best = new LinkedHashMap<>();
    List<SchemaViolation> perMember = new ArrayList<>();
    for (SchemaViolation v : violations) {
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
      if (v.instance() instanceof ScalarNode s && s.value() instanceof Double d && Double.isNaN(d)
          && (!v.keyword().equals("type") || "number".equals(v.keywordValue().asString()))) {
        // NaN is a float but on no side of a bound (networknt also calls it no number); SM110
        // says it is what AWS would receive. Only a non-number member's type check stays.
        continue;
      }
      if (v.instance() instanceof UnknownNode && v.property() == null) {
        // A value nobody can know yet (an intrinsic function, an expression) breaks no constraint.
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
