package dev.sagelint.maven;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.files.DisplayNames;
import dev.sagelint.core.rules.RuleCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the module's SageMaker deployment specs and fails the build on findings at or above
 * {@code failOn}. Files under the source directories that are not SageMaker specs are skipped
 * quietly.
 *
 * <p>Configuration comes from the nearest {@code .sagelint.yaml} between the module and the
 * reactor root (or {@code configFile}); every parameter set here overrides it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /**
   * Directories to lint besides {@code src/main/sagemaker} and {@code src/main/resources}, which
   * are always linted. Directories that do not exist are ignored.
   */
  @Parameter(property = "sagelint.sourceDirectories")
  private List<File> sourceDirectories;

  /**
   * Globs, relative to each source directory, that a file must match to be linted, e.g.
   * {@code **}{@code /endpoints/*.yaml}. Default: every {@code .json}, {@code .yaml},
   * {@code .yml} and {@code .tf} file. The configuration file's {@code include:} applies as well.
   */
  @Parameter(property = "sagelint.includes")
  private List<String> includes;

  /**
   * Globs, relative to each source directory, of files not to lint. The configuration file's
   * {@code exclude:} applies as well.
   */
  @Parameter(property = "sagelint.excludes")
  private List<String> excludes;

  /** SageMaker API model to check against: {@code latest}, {@code 2021-02-22} or {@code 2026-08-07}. */
  @Parameter(property = "sagelint.apiVersion")
  private String apiVersion;

  /** AWS region the specs are deployed to, for region-aware rules: one where SageMaker is available. */
  @Parameter(property = "sagelint.region")
  private String region;

  /**
   * AWS account id (12 digits) the specs are deployed with, for account-aware rules (SM508);
   * overrides the rule's {@code account} option in the configuration file.
   */
  @Parameter(property = "sagelint.account")
  private String account;

  /**
   * Configuration file to use. Default: the nearest {@code .sagelint.yaml} from the module's
   * directory up to the reactor root.
   */
  @Parameter(property = "sagelint.configFile")
  private File configFile;

  /**
   * Lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or
   * {@code none}. Default: the configuration file's {@code fail-on:}, else {@code error}.
   */
  @Parameter(property = "sagelint.failOn")
  private String failOn;

  /**
   * Reports to write to {@code outputDirectory}: any of {@code json}, {@code sarif},
   * {@code junit}, {@code checkstyle}, {@code text}, or {@code none}. Default:
   * {@code json,sarif,junit}.
   */
  @Parameter(property = "sagelint.formats")
  private List<String> formats;

  /** Where reports are written. */
  @Parameter(property = "sagelint.outputDirectory", defaultValue = "${project.build.directory}/sagelint")
  private File outputDirectory;

  /**
   * Baseline file (written by {@code sagelint lint --write-baseline}): findings it records are
   * not reported. Default: the configuration file's {@code baseline:}.
   */
  @Parameter(property = "sagelint.baseline")
  private File baseline;

  /** Skips the check. */
  @Parameter(property = "sagelint.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("sagelint: skipped (sagelint.skip)");
      return;
    }
    CheckRequest request;
    try {
      request = CheckRequest.from(parameters(), RuleCatalog.defaults());
    } catch (CheckConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (request.sourceDirectories().isEmpty()) {
      log.info("sagelint: no source directories, nothing to lint");
      return;
    }

    CheckOutcome outcome;
    try {
      // Several modules may lint at once under -T; the core's pool is per run and sized to the
      // machine, and its result does not depend on the thread count.
      outcome = new CheckRun(request, Runtime.getRuntime().availableProcessors()).run();
    } catch (CheckConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("sagelint: cannot write a report: " + e.getMessage(), e);
    }

    outcome.warnings().forEach(w -> log.warn("sagelint: " + w));
    if (log.isDebugEnabled()) {
      outcome.result().files().stream().filter(FileResult::skipped)
          .forEach(f -> log.debug("sagelint: skipped " + f.file() + " (not a SageMaker spec)"));
    }
    for (Finding f : outcome.result().findings()) {
      String line = FindingLine.of(f);
      switch (f.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
    log.info(outcome.summary());
    if (outcome.fails()) {
      Path reports = request.basedir().resolve(outputDirectory.toPath());
      throw new MojoFailureException(
          outcome.failureMessage(DisplayNames.of(request.basedir(), reports)));
    }
  }

  private CheckParameters parameters() {
    Path basedir = project.getBasedir().toPath();
    List<Path> roots = new ArrayList<>();
    MavenProject top = session.getTopLevelProject();
    if (top != null && top.getBasedir() != null) {
      roots.add(top.getBasedir().toPath());
    }
    File multiModule = session.getRequest().getMultiModuleProjectDirectory();
    if (multiModule != null) {
      roots.add(multiModule.toPath());
    }
    return new CheckParameters(
        basedir,
        ConfigSearch.boundary(basedir, roots),
        sourceDirectories == null ? null : sourceDirectories.stream().map(File::toPath).toList(),
        includes,
        excludes,
        apiVersion,
        region,
        account,
        configFile == null ? null : configFile.toPath(),
        failOn,
        formats,
        outputDirectory.toPath(),
        baseline == null ? null : baseline.toPath());
  }
}
