package dev.sagelint.maven;

import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.baseline.Baseline;
import dev.sagelint.core.baseline.BaselineException;
import dev.sagelint.core.files.DisplayNames;
import dev.sagelint.core.files.FileCollector;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.report.AtomicFiles;
import dev.sagelint.core.report.ReportContext;
import dev.sagelint.core.report.SourceLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one {@link CheckRequest} against the core: collect the files, lint them, apply the
 * baseline, write the reports. Knows nothing of Maven; the goal logs the {@link CheckOutcome} and
 * decides how the build ends.
 */
public final class CheckRun {
  private final CheckRequest request;
  private final int threads;

  /**
   * @param threads files linted in parallel; the result is the same for any value
   */
  public CheckRun(CheckRequest request, int threads) {
    this.request = request;
    this.threads = threads;
  }

  /**
   * @throws CheckConfigurationException when the baseline cannot be read
   * @throws IOException when a report cannot be written
   */
  public CheckOutcome run() throws CheckConfigurationException, IOException {
    Collected collected = collect();
    LintResult result = Linter.create(request.options(), request.catalog())
        .lint(collected.inputs(), threads);

    int hidden = 0;
    if (request.baseline().isPresent()) {
      try {
        Baseline.Filtered filtered =
            Baseline.read(request.baseline().get(), request.basedir()).filter(result);
        result = filtered.result();
        hidden = filtered.hidden();
      } catch (BaselineException e) {
        throw new CheckConfigurationException(e.getMessage(), e);
      }
    }

    // Reports are written before the goal decides to fail: a failed build is when they matter.
    ReportContext context = ReportContext.of(request.options().apiVersion(), collected.sources())
        .withBaselineHidden(hidden);
    List<Path> written = new ArrayList<>();
    for (ReportTarget report : request.reports()) {
      LintResult r = result;
      AtomicFiles.write(report.file(), out -> report.renderer().render(r, context, out));
      written.add(report.file());
    }
    return new CheckOutcome(result, hidden, request.failOn(), written, collected.warnings());
  }

  /**
   * The spec files of every source directory, each once, in display-name order. The
   * configuration's include/exclude (relative to its own directory) are applied by the core's
   * collector; the plugin's includes/excludes (relative to the source directory, as in Maven's
   * resource sets) then narrow the result further.
   */
  private Collected collect() {
    FileCollector collector = new FileCollector(request.basedir(), request.config().baseDir(),
        request.config().include(), request.config().exclude());
    Map<String, FileCollector.CollectedFile> files = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path dir : request.sourceDirectories()) {
      FileCollector.Collected c = collector.collect(List.of(dir.toString()));
      warnings.addAll(c.warnings());
      for (FileCollector.CollectedFile f : c.files()) {
        String relative = DisplayNames.of(dir, f.path());
        if (selected(relative)) {
          files.putIfAbsent(f.displayName(), f);
        }
      }
    }
    List<LintInput> inputs = new ArrayList<>();
    SourceLines sources = new SourceLines();
    for (FileCollector.CollectedFile f : files.values()) {
      inputs.add(LintInput.file(f.path(), f.displayName()));
      sources.file(f.displayName(), f.path());
    }
    return new Collected(inputs, sources, warnings);
  }

  private boolean selected(String relativePath) {
    List<Glob> includes = request.includes();
    return (includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(relativePath)))
        && request.excludes().stream().noneMatch(g -> g.matches(relativePath));
  }

  private record Collected(List<LintInput> inputs, SourceLines sources, List<String> warnings) {}
}
