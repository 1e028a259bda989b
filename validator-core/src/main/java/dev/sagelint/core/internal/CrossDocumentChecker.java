package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.Specs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The second phase of a run: once every file is checked, runs the cross-document rules on each
 * endpoint config against the models of the same run, and assembles the {@link LintResult}.
 *
 * <p>Cross-document rules reach a model only through the {@code ModelName} of a variant (see
 * {@code LinkedModel}), so an endpoint config takes part only when one of its variants names a
 * model of the run. Between the phases a file keeps just those names ({@link #summarize}), not
 * its parsed documents: ten thousand located trees would cost more memory than everything else
 * in a run together. The few documents that do link are parsed again here.
 */
public final class CrossDocumentChecker {
  private final LintOptions options;
  private final List<RuleDescriptor> rules;

  public CrossDocumentChecker(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    this.rules = catalog.crossDocumentRules();
  }

  /**
   * What the second phase needs of one linted document.
   *
   * @param kind the kind it was linted as
   * @param index the document's index in its file
   * @param modelName a model's {@code ModelName}, else null
   * @param usedModels the model names an endpoint config's variants use, else empty
   * @param document the document, kept only when it cannot be read again (in-memory text)
   */
  public record Linkable(DocumentKind kind, int index, String modelName, Set<String> usedModels,
      ParsedDocument document) {}

  /**
   * Reduces a file's linted documents to what {@link #finish} needs; {@code keepDocuments} when
   * the file cannot be parsed again.
   */
  public List<Linkable> summarize(List<Linter.KindedDocument> documents, boolean keepDocuments) {
    if (documents.isEmpty()) {
      return List.of();
    }
    List<Linkable> out = new ArrayList<>(documents.size());
    for (Linter.KindedDocument k : documents) {
      ObjectNode root = (ObjectNode) k.document().root();
      String modelName = k.kind().isModel() ? root.text("ModelName") : null;
      Set<String> used = Set.of();
      if (k.kind().isEndpointConfig()) {
        Set<String> names = new LinkedHashSet<>();
        for (Specs.At variant : Specs.variants(root)) {
          String name = variant.node().text("ModelName");
          if (name != null) {
            names.add(name);
          }
        }
        used = Set.copyOf(names);
      }
      out.add(new Linkable(k.kind(), k.document().index(), modelName, used,
          keepDocuments ? k.document() : null));
    }
    return out;
  }

  /**
   * Runs the cross-document rules and assembles the result.
   *
   * @param results each file's result, in input order
   * @param linkables each file's {@link #summarize summary}, in the same order
   * @param reparse parses the file at that position again, for documents not kept; returns its
   *     documents, or null when it can no longer be read
   */
  public LintResult finish(List<FileResult> results, List<List<Linkable>> linkables,
      IntFunction<List<ParsedDocument>> reparse) {
    // The first model of each name in input order, as position (file, entry).
    Map<String, int[]> models = new HashMap<>();
    for (int f = 0; f < linkables.size(); f++) {
      List<Linkable> docs = linkables.get(f);
      for (int d = 0; d < docs.size(); d++) {
        Linkable l = docs.get(d);
        if (l.kind().isModel() && l.modelName() != null) {
          models.putIfAbsent(l.modelName(), new int[] {f, d});
        }
      }
    }
    Map<String, List<Finding>> extra = new LinkedHashMap<>();
    if (!rules.isEmpty() && !models.isEmpty()) {
      Documents documents = new Documents(reparse);
      for (int f = 0; f < linkables.size(); f++) {
        for (Linkable l : linkables.get(f)) {
          if (!l.kind().isEndpointConfig() || l.usedModels().stream().noneMatch(models::containsKey)) {
            continue;
          }
          ParsedDocument config = documents.get(f, l, false);
          if (config == null) {
            continue;
          }
          Map<String, ParsedDocument> linked = new HashMap<>();
          for (String name : l.usedModels()) {
            int[] at = models.get(name);
            ParsedDocument model = at == null ? null : documents.get(at[0], linkables.get(at[0]).get(at[1]), true);
            if (model != null) {
              linked.put(name, model);
            }
          }
          List<Finding> sink = new ArrayList<>();
          for (RuleDescriptor d : rules) {
            if (!d.appliesTo(l.kind(), options.apiVersion()) || !options.isEnabled(d.id())) {
              continue;
            }
            try {
              ((CrossDocumentRule) d.implementation()).check(
                  new CrossDocumentRuleContext(config, l.kind(), options, d, sink, linked));
            } catch (RuntimeException e) {
              sink.add(InternalErrors.finding(d, config, e));
            }
          }
          if (!sink.isEmpty()) {
            extra.computeIfAbsent(results.get(f).file(), x -> new ArrayList<>())
                .addAll(options.apply(sink));
          }
        }
      }
    }
    List<FileResult> files = new ArrayList<>(results.size());
    for (FileResult r : results) {
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

  /**
   * Documents of the linked files: kept ones as they are, the others parsed again. Models are
   * remembered (several configs may use one); a config is needed once.
   */
  private static final class Documents {
    private final IntFunction<List<ParsedDocument>> reparse;
    private final Map<Integer, List<ParsedDocument>> models = new HashMap<>();

    Documents(IntFunction<List<ParsedDocument>> reparse) {
      this.reparse = reparse;
    }

    /** The document, or null when its file changed so that it no longer matches the summary. */
    ParsedDocument get(int file, Linkable l, boolean remember) {
      if (l.document() != null) {
        return l.document();
      }
      List<ParsedDocument> docs = models.get(file);
      if (docs == null) {
        docs = reparse.apply(file);
        if (remember && docs != null) {
          models.put(file, docs);
        }
      }
      if (docs == null) {
        return null;
      }
      for (ParsedDocument d : docs) {
        if (d.index() == l.index() && d.root() instanceof ObjectNode) {
          return d;
        }
      }
      return null;
    }
  }
}
