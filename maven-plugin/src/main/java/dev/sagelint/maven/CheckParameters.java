package dev.sagelint.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The {@code check} goal's parameters as the user gave them: no Maven types, nothing resolved or
 * validated yet, {@code null} where a parameter was not set. {@link CheckRequest#from} turns them
 * into a run; keeping the two apart lets plain unit tests cover every mapping rule.
 *
 * @param basedir the module's base directory: default source directories and the start of the
 *     configuration search live there, and file names in the log are relative to it
 * @param configSearchBoundary the reactor root: the configuration search stops there
 * @param sourceDirectories directories to lint in addition to the defaults
 * @param includes globs relative to each source directory; empty means every spec file
 * @param excludes globs relative to each source directory
 * @param apiVersion {@code latest} or a model date; overrides {@code api-version:} of the config
 * @param region overrides {@code region:} of the config
 * @param account the AWS account id the specs are deployed with; overrides the {@code account}
 *     option of SM508 in the config
 * @param configFile an explicit configuration file instead of the search
 * @param failOn {@code error|warning|info|none}; overrides {@code fail-on:} of the config
 * @param formats report formats, or {@code none}
 * @param outputDirectory where reports go
 * @param baseline a baseline file; overrides {@code baseline:} of the config
 */
public record CheckParameters(
    Path basedir,
    Path configSearchBoundary,
    List<Path> sourceDirectories,
    List<String> includes,
    List<String> excludes,
    String apiVersion,
    String region,
    String account,
    Path configFile,
    String failOn,
    List<String> formats,
    Path outputDirectory,
    Path baseline) {

  public CheckParameters {
    Objects.requireNonNull(basedir, "basedir");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    configSearchBoundary = configSearchBoundary == null ? basedir : configSearchBoundary;
    sourceDirectories = sourceDirectories == null ? List.of() : List.copyOf(sourceDirectories);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    formats = formats == null ? List.of() : List.copyOf(formats);
  }
}
