package dev.sagelint.maven;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.config.ConfigException;
import dev.sagelint.core.config.ConfigLoader;
import dev.sagelint.core.config.FailOn;
import dev.sagelint.core.config.RegionNames;
import dev.sagelint.core.config.SagelintConfig;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.report.Printable;
import dev.sagelint.core.report.Renderer;
import dev.sagelint.core.report.Renderers;
import dev.sagelint.core.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One check, fully resolved: what to lint, with which options, what fails the build and which
 * reports to write. Built from {@link CheckParameters} and the configuration file by {@link #from};
 * parameters win over the configuration file, which wins over the defaults, as with the CLI.
 *
 * @param basedir the module directory; file names in the log and the reports are relative to it
 * @param sourceDirectories the source directories that exist, in order, without duplicates
 * @param config the configuration in force (empty when there is no file)
 * @param catalog the rules
 * @param options the lint options: configuration file, then parameters
 * @param includes globs a file must match (relative to its source directory); empty means all
 * @param excludes globs a file must not match (relative to its source directory)
 * @param failOn the lowest severity that fails the build
 * @param reports the reports to write
 * @param baseline the baseline to filter findings with, if any
 */
public record CheckRequest(
    Path basedir,
    List<Path> sourceDirectories,
    SagelintConfig config,
    RuleCatalog catalog,
    LintOptions options,
    List<Glob> includes,
    List<Glob> excludes,
    FailOn failOn,
    List<ReportTarget> reports,
    Optional<Path> baseline) {

  /** The directories linted in every module, before any listed in {@code sourceDirectories}. */
  public static final List<String> DEFAULT_SOURCE_DIRECTORIES =
      List.of("src/main/sagemaker", "src/main/resources");

  /** The reports written when {@code formats} is not set. */
  public static final List<String> DEFAULT_FORMATS = List.of("json", "sarif", "junit");

  /** The {@code formats} value that turns reports off. */
  public static final String NO_FORMATS = "none";

  public CheckRequest {
    sourceDirectories = List.copyOf(sourceDirectories);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    reports = List.copyOf(reports);
  }

  /**
   * Resolves {@code p}: reads the configuration file (explicit, or the nearest one up to the
   * reactor root), validates every parameter and applies them over the configuration.
   *
   * @throws CheckConfigurationException for an invalid parameter or configuration file; the
   *     message names the parameter, or the file with line and column
   */
  public static CheckRequest from(CheckParameters p, RuleCatalog catalog)
      throws CheckConfigurationException {
    Path basedir = p.basedir().toAbsolutePath().normalize();
    List<Path> configured = configuredSourceDirectories(basedir, p.sourceDirectories());
    SagelintConfig config = loadConfig(p, basedir, catalog);

    LintOptions.Builder options = config.applyTo(LintOptions.builder());
    if (isSet(p.apiVersion())) {
      options.apiVersion(parse("apiVersion", p.apiVersion(), ApiVersion::parse));
    }
    if (isSet(p.region())) {
      String region = p.region().trim();
      Optional<String> problem = RegionNames.problem(region, "'");
      if (problem.isPresent()) {
        throw invalid("region", problem.get());
      }
      options.region(region);
    }
    FailOn failOn = isSet(p.failOn())
        ? parse("failOn", p.failOn(), FailOn::parse)
        : config.failOn().orElse(FailOn.DEFAULT);

    Path outputDirectory = basedir.resolve(p.outputDirectory()).normalize();
    for (Path source : configured) {
      // Reports inside a source directory would be linted next time, and end up in the jar.
      if (outputDirectory.startsWith(source)) {
        throw invalid("outputDirectory", outputDirectory
            + " is inside the source directory " + source + "; reports must go elsewhere");
      }
    }
    Optional<Path> baseline = p.baseline() != null
        ? Optional.of(basedir.resolve(p.baseline()).normalize())
        : config.baseline();

    return new CheckRequest(basedir, configured.stream().filter(Files::isDirectory).toList(),
        config, catalog, options.build(), globs("includes", p.includes()),
        globs("excludes", p.excludes()), failOn, reports(p.formats(), outputDirectory), baseline);
  }

  /** The default directories, then the listed ones, absolute and without duplicates. */
  private static List<Path> configuredSourceDirectories(Path basedir, List<Path> listed) {
    Set<Path> all = new LinkedHashSet<>();
    DEFAULT_SOURCE_DIRECTORIES.forEach(d -> all.add(basedir.resolve(d).normalize()));
    listed.forEach(d -> all.add(basedir.resolve(d).normalize()));
    return List.copyOf(all);
  }

  private static SagelintConfig loadConfig(CheckParameters p, Path basedir, RuleCatalog catalog)
      throws CheckConfigurationException {
    // File names in configuration errors are relative to the module, like the findings.
    ConfigLoader loader = new ConfigLoader(basedir, catalog);
    try {
      if (p.configFile() != null) {
        return loader.load(basedir.resolve(p.configFile()));
      }
      Optional<Path> found = ConfigSearch.find(basedir, p.configSearchBoundary());
      return found.isPresent() ? loader.load(found.get()) : SagelintConfig.empty(basedir);
    } catch (ConfigException e) {
      // The message may quote the configuration file: no raw control character reaches the log.
      throw new CheckConfigurationException(Printable.forTerminal(e.getMessage()), e);
    }
  }

  private static List<ReportTarget> reports(List<String> formats, Path outputDirectory)
      throws CheckConfigurationException {
    Set<String> names = new LinkedHashSet<>();
    for (String f : formats.isEmpty() ? DEFAULT_FORMATS : formats) {
      if (isSet(f)) {
        names.add(f.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (names.contains(NO_FORMATS)) {
      if (names.size() > 1) {
        throw invalid("formats", "'none' cannot be combined with other formats");
      }
      return List.of();
    }
    List<ReportTarget> out = new ArrayList<>();
    for (String name : names) {
      Renderer renderer = Renderers.find(name).orElseThrow(() -> invalid("formats",
          "unknown format '" + name + "' (expected " + String.join(", ", Renderers.names())
              + " or none)"));
      out.add(new ReportTarget(renderer, outputDirectory.resolve(ReportTarget.fileName(name))));
    }
    return out;
  }

  private static List<Glob> globs(String parameter, List<String> patterns)
      throws CheckConfigurationException {
    List<Glob> out = new ArrayList<>();
    for (String pattern : patterns) {
      if (isSet(pattern)) {
        out.add(parse(parameter, pattern, Glob::compile));
      }
    }
    return out;
  }

  private static <T> T parse(String parameter, String text, Function<String, T> parser)
      throws CheckConfigurationException {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw invalid(parameter, e.getMessage());
    }
  }

  /** Maven passes {@code -Dsagelint.x=} as an empty string: treat it like an unset parameter. */
  private static boolean isSet(String s) {
    return s != null && !s.isBlank();
  }

  private static CheckConfigurationException invalid(String parameter, String reason) {
    return new CheckConfigurationException(
        "Invalid sagelint parameter " + parameter + " (sagelint." + parameter + "): " + reason);
  }
}
