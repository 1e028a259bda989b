package dev.sagelint.core.config;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.suppress.SuppressionEntry;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated {@code .sagelint.yaml}. Absent keys are empty, so front-ends can tell "not
 * configured" from a default and let their own flags win.
 *
 * @param file the file it was read from (empty for the built-in defaults)
 * @param displayName the file as shown to the user
 * @param baseDir the directory globs, the baseline and suppression paths are relative to
 * @param apiVersion {@code api-version}
 * @param region {@code region}
 * @param include {@code include} globs: what a directory walk lints (empty means every spec file)
 * @param exclude {@code exclude} globs
 * @param failOn {@code fail-on}
 * @param rules {@code rules}, keyed by id or id prefix, in file order
 * @param select {@code select}: ids or prefixes to run (empty means all)
 * @param ignore {@code ignore}: ids or prefixes never to report
 * @param limits {@code limits}
 * @param suppressions {@code suppressions}
 * @param baseline {@code baseline}, resolved against {@code baseDir}
 */
public record SagelintConfig(
    Optional<Path> file,
    String displayName,
    Path baseDir,
    Optional<ApiVersion> apiVersion,
    Optional<String> region,
    List<Glob> include,
    List<Glob> exclude,
    Optional<FailOn> failOn,
    Map<String, RuleSetting> rules,
    List<String> select,
    List<String> ignore,
    Optional<ParseLimits> limits,
    List<SuppressionEntry> suppressions,
    Optional<Path> baseline) {

  public SagelintConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    suppressions = List.copyOf(suppressions);
  }

  /** The configuration in force when there is no file: everything default, globs relative to {@code baseDir}. */
  public static SagelintConfig empty(Path baseDir) {
    return new SagelintConfig(Optional.empty(), "", baseDir.toAbsolutePath().normalize(),
        Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of(),
        List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());
  }

  /**
   * Applies everything that shapes linting (API version, region, limits, rule selection and
   * settings, suppressions) to {@code builder}. File selection, {@code fail-on} and the baseline
   * are the front-end's business and are read from the record directly.
   */
  public LintOptions.Builder applyTo(LintOptions.Builder builder) {
    apiVersion.ifPresent(builder::apiVersion);
    region.ifPresent(builder::region);
    limits.ifPresent(builder::limits);
    builder.select(select);
    builder.ignore(ignore);
    rules.forEach(builder::rule);
    builder.suppressions(suppressions);
    return builder;
  }

  /** This configuration with {@code select} replaced (command-line flags replace, not extend, it). */
  public SagelintConfig withSelect(List<String> newSelect) {
    return new SagelintConfig(file, displayName, baseDir, apiVersion, region, include, exclude,
        failOn, rules, newSelect, ignore, limits, suppressions, baseline);
  }
}
