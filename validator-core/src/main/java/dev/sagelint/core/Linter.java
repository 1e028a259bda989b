package dev.sagelint.core;

import dev.sagelint.core.internal.CrossDocumentChecker;
import dev.sagelint.core.internal.DocumentChecker;
import dev.sagelint.core.internal.InternalErrors;
import dev.sagelint.core.internal.OneFindingPerValue;
import dev.sagelint.core.internal.ReportedOnce;
import dev.sagelint.core.internal.SpecChecked;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.source.FrontEnds;
import dev.sagelint.core.source.Spec;
import dev.sagelint.core.suppress.InlineSuppression;
import dev.sagelint.core.suppress.Suppressor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The entry point of the core: built once from {@link LintOptions}, immutable, thread-safe, and
 * reusable across runs. Front-ends (CLI, Maven plugin) build a Linter, hand it inputs, and render
 * the {@link LintResult}.
 *
 * <pre>{@code
 * Linter linter = Linter.create(LintOptions.builder().apiVersion(ApiVersion.V2026_08_07).build());
 * LintResult result = linter.lint(List.of(LintInput.file(path, "specs/model.yaml")));
 * }</pre>
 */
public final class Linter {
  private final LintOptions options;
  private final RuleCatalog catalog;
  private final FrontEnds frontEnds;
  private final DocumentChecker checker;
  private final CrossDocumentChecker crossChecker;
  private final Suppressor suppressor;
  private final OneFindingPerValue oneFindingPerValue;

  private Linter(LintOptions options, RuleCatalog catalog, SchemaValidator schemas) {
    this.options = options;
    this.catalog = catalog;
    this.frontEnds = new FrontEnds(options.limits(), options.kind(), options.apiVersion());
    this.checker = new DocumentChecker(options, catalog, schemas);
    this.crossChecker = new CrossDocumentChecker(options, catalog);
    this.suppressor = new Suppressor(options, catalog);
    this.oneFindingPerValue = new OneFindingPerValue(options, catalog);
  }

  public static Linter create(LintOptions options) {
    return create(options, RuleCatalog.defaults());
  }

  /** A linter with a custom rule catalogue (extra or fewer rules); the schemas stay the bundled ones. */
  public static Linter create(LintOptions options, RuleCatalog catalog) {
    return new Linter(options, catalog, SchemaValidator.bundled());
  }

  public LintOptions options() {
    return options;
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  /** Lints the inputs one after another. */
  public LintResult lint(List<LintInput> inputs) {
    return lint(inputs, 1);
  }

  /**
   * Lints the inputs on {@code threads} threads. The result does not depend on the thread count:
   * files are processed independently and everything is sorted before it is returned.
   */
  public LintResult lint(List<LintInput> inputs, int threads) {
    List<Retained> retained = new ArrayList<>(inputs.size());
    if (threads <= 1 || inputs.size() < 2) {
      for (LintInput input : inputs) {
        retained.add(retain(input));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), r -> {
        Thread t = new Thread(r, "sagelint-worker");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Retained>> futures = new ArrayList<>(inputs.size());
        for (LintInput input : inputs) {
          futures.add(pool.submit(() -> retain(input)));
        }
        for (Future<Retained> f : futures) {
          retained.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("lint run interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("lint run failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    Map<String, List<InlineSuppression>> comments = new HashMap<>();
    List<FileResult> results = new ArrayList<>(retained.size());
    List<List<CrossDocumentChecker.Linkable>> linkables = new ArrayList<>(retained.size());
    for (Retained r : retained) {
      comments.put(r.result().file(), r.suppressions());
      results.add(r.result());
      linkables.add(r.linkables());
    }
    LintResult result = crossChecker.finish(results, linkables, i -> reread(inputs.get(i)));
    return ReportedOnce.apply(oneFindingPerValue.apply(suppressor.apply(result, comments)));
  }

  /**
   * What a file leaves for the cross-document phase: its result, its suppression comments, and a
   * summary of its specs instead of the specs themselves (a file on disk can be read again if a
   * link needs it; see {@link CrossDocumentChecker}).
   */
  private record Retained(FileResult result, List<InlineSuppression> suppressions,
      List<CrossDocumentChecker.Linkable> linkables) {}

  private Retained retain(LintInput input) {
    try {
      SpecChecked c = checkInput(input);
      return new Retained(c.result(), c.suppressions(),
          crossChecker.summarize(c.specs(), input.path() == null));
    } finally {
      // Its answers are about this file's values; a caller's long-lived thread must not keep them.
      Placeholders.forgetThisThreadsAnswers();
    }
  }

  /** The specs of a file on disk, read again; null if it can no longer be read. */
  private List<Spec> reread(LintInput input) {
    SourceReader.Outcome outcome =
        SourceReader.read(input.path(), input.name(), options.limits(), options.kind().isEmpty());
    return outcome.source() == null ? null : frontEnds.read(outcome.source()).specs();
  }

  /** Lints one in-memory text (an editor buffer, stdin, a test). */
  public LintResult lintText(String name, String text) {
    return lint(List.of(LintInput.text(name, text)));
  }

  /**
   * Checks one input. Bad input never throws (it becomes findings); should sagelint itself fail
   * on a file, that file gets an SM900 finding and the run goes on with the others.
   */
  private SpecChecked checkInput(LintInput input) {
    try {
      return checkInputUnguarded(input);
    } catch (RuntimeException | StackOverflowError e) {
      List<Finding> findings = options.apply(List.of(InternalErrors.fileFinding(input.name(), e)));
      return new SpecChecked(new FileResult(input.name(), List.of(), findings), List.of(), List.of());
    }
  }

  private SpecChecked checkInputUnguarded(LintInput input) {
    SourceFile source;
    if (input.path() != null) {
      // With an explicit kind the user says "this is a spec": report its problems whatever it looks like.
      SourceReader.Outcome outcome =
          SourceReader.read(input.path(), input.name(), options.limits(), options.kind().isEmpty());
      if (outcome.skipReason() != null) {
        return new SpecChecked(new FileResult(input.name(),
            List.of(new DocumentResult(0, Optional.empty(), outcome.skipReason())), List.of()),
            List.of(), List.of());
      }
      if (outcome.problem() != null) {
        List<Finding> findings = options.apply(List.of(outcome.problem()));
        return new SpecChecked(new FileResult(input.name(), List.of(), findings), List.of(), List.of());
      }
      source = outcome.source();
    } else {
      source = SourceFile.of(input.name(), input.text());
    }
    return checker.check(frontEnds.read(source));
  }
}
