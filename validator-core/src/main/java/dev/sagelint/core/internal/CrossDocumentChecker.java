package dev.sagelint.core.internal;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second phase of a run: once every file is checked, runs the cross-document rules on each
 * endpoint config against the models of the same run, and assembles the {@link LintResult}.
 */
public final class CrossDocumentChecker {
  private final LintOptions options;
  private final List<RuleDescriptor> rules;
  private final DocumentChecker optionsFilter;

  public CrossDocumentChecker(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    this.rules = catalog.crossDocumentRules();
    this.optionsFilter = new DocumentChecker(options, catalog, null);
  }

  public LintResult finish(List<Linter.Checked> checked) {
    Map<String, ParsedDocument> models = new HashMap<>();
    for (Linter.Checked c : checked) {
      for (Linter.KindedDocument k : c.documents()) {
        if (k.kind().isModel()) {
          String name = ((dev.sagelint.core.parse.ObjectNode) k.document().root()).text("ModelName");
          if (name != null) {
            models.putIfAbsent(name, k.document());
          }
        }
      }
    }
    Map<String, List<Finding>> extra = new LinkedHashMap<>();
    if (!rules.isEmpty() && !models.isEmpty()) {
      for (Linter.Checked c : checked) {
        for (Linter.KindedDocument k : c.documents()) {
          if (!k.kind().isEndpointConfig()) {
            continue;
          }
          List<Finding> sink = new ArrayList<>();
          for (RuleDescriptor d : rules) {
            if (!d.appliesTo(k.kind(), options.apiVersion()) || !options.isEnabled(d.id())) {
              continue;
            }
            try {
              ((CrossDocumentRule) d.implementation()).check(
                  new CrossDocumentRuleContext(k.document(), k.kind(), options, d, sink, models));
            } catch (RuntimeException e) {
              sink.add(InternalErrors.finding(d, k.document(), e));
            }
          }
          if (!sink.isEmpty()) {
            extra.computeIfAbsent(c.result().file(), x -> new ArrayList<>())
                .addAll(optionsFilter.applyOptions(sink));
          }
        }
      }
    }
    List<FileResult> files = new ArrayList<>(checked.size());
    for (Linter.Checked c : checked) {
      FileResult r = c.result();
      List<Finding> more = extra.get(r.file());
      if (more != null) {
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(more);
        r = new FileResult(r.file(), r.documents(), all);
      }
      files.add(r);
    }
    return new LintResult(files);
  }
}
