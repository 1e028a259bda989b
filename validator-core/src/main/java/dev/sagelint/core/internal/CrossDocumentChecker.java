package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.CrossDocumentRule;
import dev.sagelint.core.rules.ModelFacts;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.Specs;
import dev.sagelint.core.source.Link;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The second phase of a run: once every file is checked, runs the cross-document rules on each
 * endpoint config against the models it references, and assembles the {@link LintResult}.
 *
 * <p>A reference is a variant's {@code ModelName}: a literal name, matched against the models of
 * the whole run, or a link its front end resolved to a spec of the same file. Between the phases
 * a file keeps just what this phase needs ({@link #summarize}), not its specs: ten thousand
 * located trees would cost more memory than everything else in a run together. A model keeps the
 * few {@link ModelFacts} the rules ask about; an endpoint config keeps its references, and the
 * few configs that do reference a model of the run are read again here.
 */
public final class CrossDocumentChecker {
  private final LintOptions options;
  private final List<RuleDescriptor> rules;

  public CrossDocumentChecker(LintOptions options, RuleCatalog catalog) {
    this.options = options;
    this.rules = catalog.crossDocumentRules();
  }

  /**
   * What the second phase needs of one spec.
   *
   * @param position the spec's position among its file's specs (reading the file again gives
   *     the same specs in the same order)
   * @param kind the kind it was linted as
   * @param id the spec's id
   * @param modelName a model's literal {@code ModelName}, else null
   * @param facts a model's facts, else null
   * @param references an endpoint config's model references (view pointer to link), else empty
   * @param spec a config's spec, kept only when its file cannot be read again (in-memory text)
   */
  public record Linkable(int position, DocumentKind kind, String id, String modelName,
      ModelFacts facts, Map<String, Link> references, Spec spec) {}

  /** Reduces a file's specs to what {@link #finish} needs; {@code keepSpecs} when it cannot be read again. */
  public List<Linkable> summarize(List<Spec> specs, boolean keepSpecs) {
    if (specs.isEmpty()) {
      return List.of();
    }
    List<Linkable> out = new ArrayList<>(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      if (!(spec.view().root() instanceof ObjectNode root)) {
        continue;
      }
      String modelName = spec.kind().isModel() ? root.text("ModelName") : null;
      ModelFacts facts = null;
      if (spec.kind().isModel()) {
        // Facts never rest on a value a deployment may change: assumed values count as unknown.
        ObjectNode certain = (ObjectNode) spec.withAssumptionsUnknown().view().root();
        String name = certain.text("ModelName");
        // A template model without a name is known by its logical id (the end of its spec id).
        facts = ModelFacts.of(name != null ? name : spec.id().substring(spec.id().lastIndexOf('/') + 1),
            spec.view().source().name(), certain);
      }
      Map<String, Link> references = new LinkedHashMap<>();
      if (spec.kind().isEndpointConfig()) {
        for (Link l : spec.links()) {
          references.put(l.viewPointer(), l);
        }
        for (Specs.At variant : Specs.variants(root)) {
          String pointer = variant.pointer() + "/ModelName";
          String name = variant.node().text("ModelName");
          if (name != null) {
            references.putIfAbsent(pointer, Link.byName(pointer, name));
          }
        }
      }
      if (modelName == null && references.isEmpty() && !spec.kind().isModel()) {
        continue;
      }
      out.add(new Linkable(i, spec.kind(), spec.id(), modelName, facts, Map.copyOf(references),
          keepSpecs && !spec.kind().isModel() ? spec : null));
    }
    return out;
  }

  /**
   * Runs the cross-document rules and assembles the result.
   *
   * @param results each file's result, in input order
   * @param linkables each file's {@link #summarize summary}, in the same order
   * @param reread reads the file at that position again; returns its specs, or null when it can no
   *     longer be read
   */
  public LintResult finish(List<FileResult> results, List<List<Linkable>> linkables,
      IntFunction<List<Spec>> reread) {
    // The first model of each name in input order, and every model by file and id.
    Map<String, ModelFacts> modelsByName = new HashMap<>();
    Map<String, ModelFacts> modelsById = new HashMap<>();
    for (int f = 0; f < linkables.size(); f++) {
      for (Linkable l : linkables.get(f)) {
        if (!l.kind().isModel()) {
          continue;
        }
        if (l.modelName() != null) {
          modelsByName.putIfAbsent(l.modelName(), l.facts());
        }
        modelsById.putIfAbsent(f + "\u0000" + l.id(), l.facts());
      }
    }
    Map<String, List<Finding>> extra = new LinkedHashMap<>();
    if (!rules.isEmpty() && !modelsById.isEmpty()) {
      SpecCache cache = new SpecCache(reread);
      for (int f = 0; f < linkables.size(); f++) {
        for (Linkable l : linkables.get(f)) {
          if (!l.kind().isEndpointConfig()) {
            continue;
          }
          Map<String, ModelFacts> linked = new HashMap<>();
          for (Map.Entry<String, Link> r : l.references().entrySet()) {
            Link link = r.getValue();
            ModelFacts target = link.targetSpec() != null ? modelsById.get(f + "\u0000" + link.targetSpec())
                : modelsByName.get(link.targetName());
            if (target != null) {
              linked.put(r.getKey(), target);
            }
          }
          if (linked.isEmpty()) {
            continue;
          }
          Spec config = cache.get(f, l);
          if (config == null) {
            continue;
          }
          List<Finding> sink = new ArrayList<>();
          for (RuleDescriptor d : rules) {
            if (!d.appliesTo(l.kind(), options.apiVersion()) || !options.isEnabled(d.id())) {
              continue;
            }
            try {
              ((CrossDocumentRule) d.implementation()).check(
                  new CrossDocumentRuleContext(config.view(), l.kind(), options, d, sink, linked));
            } catch (RuntimeException e) {
              sink.add(InternalErrors.finding(d, config.view(), e));
            }
          }
          if (!sink.isEmpty()) {
            List<Finding> finished = new ArrayList<>(sink.size());
            for (Finding s : sink) {
              if (config.ignored().stream().noneMatch(s.rule()::startsWith)) {
                finished.add(DocumentChecker.finish(config, s));
              }
            }
            extra.computeIfAbsent(results.get(f).file(), x -> new ArrayList<>())
                .addAll(options.apply(finished));
          }
        }
      }
    }
    List<FileResult> files = new ArrayList<>(results.size());
    for (FileResult r : results) {
      List<Finding> more = extra.get(r.file());
      if (more != null) {
        List<Finding> all = new ArrayList<>(r.findings());
        for (Finding m : more) {
          // Scenarios of one resource link to the same model: one finding per mistake.
          if (!all.contains(m)) {
            all.add(m);
          }
        }
        r = new FileResult(r.file(), r.documents(), all);
      }
      files.add(r);
    }
    return new LintResult(files);
  }

  /**
   * Configs of the files that link: kept ones as they are, the others read again (a file with
   * several linking configs once). A config that rests on assumed values is used with those
   * values unknown, so a cross-document finding never rests on a default a deployment may change.
   */
  private static final class SpecCache {
    private final IntFunction<List<Spec>> reread;
    private int lastFile = -1;
    private List<Spec> lastSpecs;

    SpecCache(IntFunction<List<Spec>> reread) {
      this.reread = reread;
    }

    /** The spec, or null when its file changed so that it no longer matches the summary. */
    Spec get(int file, Linkable l) {
      Spec spec = l.spec();
      if (spec == null) {
        if (file != lastFile) {
          lastSpecs = reread.apply(file);
          lastFile = file;
        }
        if (lastSpecs == null || l.position() >= lastSpecs.size()
            || !lastSpecs.get(l.position()).id().equals(l.id())) {
          return null;
        }
        spec = lastSpecs.get(l.position());
      }
      return spec.withAssumptionsUnknown();
    }
  }
}
