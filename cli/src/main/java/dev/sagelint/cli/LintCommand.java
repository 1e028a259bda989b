package dev.sagelint.cli;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.baseline.Baseline;
import dev.sagelint.core.baseline.BaselineException;
import dev.sagelint.core.config.ConfigException;
import dev.sagelint.core.config.ConfigLoader;
import dev.sagelint.core.config.FailOn;
import dev.sagelint.core.config.RegionNames;
import dev.sagelint.core.config.SagelintConfig;
import dev.sagelint.core.files.ChangedFiles;
import dev.sagelint.core.files.ChangedFilesException;
import dev.sagelint.core.files.FileCollector;
import dev.sagelint.core.files.RelatedSpecs;
import dev.sagelint.core.report.AtomicFiles;
import dev.sagelint.core.report.Printable;
import dev.sagelint.core.report.ReportContext;
import dev.sagelint.core.report.SourceLines;
import dev.sagelint.core.report.WriteFailures;
import dev.sagelint.core.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sagelint lint PATH...}: lint files, directories or standard input and report. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = SagelintCommand.Version.class,
    sortOptions = false,
    description = {
        "Lint SageMaker specs. Directories are searched recursively for JSON, YAML and Terraform "
            + "files (honouring include/exclude from .sagelint.yaml); '-' reads standard input. "
            + "Files that are not SageMaker specs are skipped quietly, except files named "
            + "explicitly, which get a warning saying why (SM006, SM007).",
        "Configuration: the nearest .sagelint.yaml from the working directory upwards, or "
            + "--config. Flags override it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above --fail-on (default: error)",
        "1:findings at or above --fail-on",
        "2:usage or configuration error (bad flag, bad config file, path that does not exist)"
    })
public final class LintCommand implements Callable<Integer> {
  private static final String STDIN = "-";

  @ParentCommand
  SagelintCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or directories to lint, '-' for standard "
      + "input (default: the current directory).")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
      description = "Output format: text (default), json, sarif, junit, github, checkstyle, gitlab. "
          + "FORMAT=FILE writes that format to FILE; repeat for several reports in one run.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report (of the one --format without =FILE) to FILE instead of "
          + "standard output.")
  Path output;

  @Option(names = "--changed-since", paramLabel = "REF",
      description = "Lint only the files (among PATHs, after include/exclude) that changed since "
          + "the merge base of REF and HEAD: committed, staged or not, and untracked files git "
          + "does not ignore. Adds the specs the cross-document rules pair with them: endpoint "
          + "configs that use a changed model, and the models those use. Needs git.")
  String changedSince;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Name to show for standard input, and to pick its format by (default: <stdin>).")
  String stdinFilename;

  @Option(names = "--api-version", paramLabel = "VERSION",
      description = "SageMaker API model to check against: 2021-02-22, 2026-08-07 or latest (default).")
  String apiVersion;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Lint every document as KIND (CreateModel, CreateEndpointConfig, DescribeModel, "
          + "DescribeEndpointConfig) instead of detecting it.")
  String kind;

  @Option(names = "--region", paramLabel = "REGION",
      description = "AWS region the specs are deployed to, for region-aware rules; one where "
          + "SageMaker is available (e.g. us-east-1), else a usage error.")
  String region;

  @Option(names = "--account", paramLabel = "ACCOUNT",
      description = "AWS account id (12 digits) the specs are deployed with, for account-aware "
          + "rules (SM508); replaces the rule's account option in the configuration.")
  String account;

  @Option(names = "--select", paramLabel = "RULES", split = ",",
      description = "Only run these rule ids or prefixes (e.g. SM1,SM301); replaces select: in the "
          + "configuration.")
  List<String> select = new ArrayList<>();

  @Option(names = "--ignore", paramLabel = "RULES", split = ",",
      description = "Never report these rule ids or prefixes; adds to ignore: in the configuration.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest severity that makes the exit code 1: error (default), warning, info or none.")
  String failOn;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file to use instead of searching for .sagelint.yaml.")
  Path config;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings that are not in this baseline file.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record every current finding in FILE (then report none of them).")
  Path writeBaseline;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Files linted in parallel (default: number of processors). Output is the same "
          + "for any N.")
  Integer threads;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour the text format: auto (default; only on a terminal, never with "
          + "NO_COLOR set), always or never.")
  ColorMode color = ColorMode.AUTO;

  @Option(names = "--verbose", description = "Also list the files skipped as not SageMaker specs "
      + "(on standard error).")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    PrintWriter err = spec.commandLine().getErr();
    RuleCatalog catalog = RuleCatalog.defaults();
    SagelintConfig cfg = loadConfig(env, catalog);
    List<OutputSpec> outputs = OutputSpec.resolve(formats, output, env.workingDir());
    LintOptions options = options(cfg, catalog);
    FailOn threshold = failOn != null ? parse(failOn, FailOn::parse, "--fail-on")
        : cfg.failOn().orElse(FailOn.DEFAULT);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UsageException("--threads must be at least 1");
    }

    // Read the baseline first: a bad one is a usage error, found before any linting work.
    Baseline known = writeBaseline == null ? readBaseline(env, cfg) : null;
    Inputs inputs = collect(env, cfg, options, err);
    LintResult linted;
    try {
      linted = Linter.create(options).lint(inputs.lint(), workers);
    } finally {
      inputs.deleteTemporaryFiles();
    }
    Baseline.Filtered filtered = writeBaseline != null ? writeNewBaseline(linted, env, err)
        : known != null ? known.filter(linted) : new Baseline.Filtered(linted, 0);
    LintResult result = filtered.result();

    if (verbose) {
      listSkipped(result, err);
    }
    ReportContext context = ReportContext.of(options.apiVersion(), inputs.sources())
        .withBaselineHidden(filtered.hidden());
    for (OutputSpec o : outputs) {
      if (o.file() == null) {
        // Rendered straight to standard output: building the report as one string first is
        // what ran a 256 MiB heap out of memory on a file with 100,000 findings. Standard
        // output cannot be replaced atomically anyway; report files below still are.
        PrintWriter out = spec.commandLine().getOut();
        o.renderer().render(result, context.withColor(
            o.renderer().name().equals("text") && Colors.enabled(color, env)), out);
        out.flush();
      } else {
        try {
          AtomicFiles.write(o.file(), w -> o.renderer().render(result, context, w));
        } catch (IOException e) {
          throw cannotWrite(o.named(), o.file(), e);
        }
      }
    }
    return threshold.fails(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Baseline readBaseline(Environment env, SagelintConfig cfg) {
    Optional<Path> file = Optional.ofNullable(baseline).or(cfg::baseline);
    if (file.isEmpty()) {
      return null;
    }
    try {
      return Baseline.read(file.get(), env.workingDir());
    } catch (BaselineException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code --write-baseline}: records every finding, then reports none of them. */
  private Baseline.Filtered writeNewBaseline(LintResult linted, Environment env, PrintWriter err) {
    Baseline b = Baseline.of(linted, writeBaseline, env.workingDir());
    try {
      b.write(writeBaseline);
    } catch (IOException e) {
      throw cannotWrite(writeBaseline.toString(), env.workingDir().resolve(writeBaseline), e);
    }
    err.println("sagelint: wrote " + b.size() + " finding(s) to baseline " + writeBaseline);
    return b.filter(linted);
  }

  private SagelintConfig loadConfig(Environment env, RuleCatalog catalog) {
    ConfigLoader loader = new ConfigLoader(env.workingDir(), catalog);
    try {
      return config != null ? loader.load(config) : loader.discover();
    } catch (ConfigException e) {
      throw UsageException.located(e.line() > 0
          ? e.file() + ":" + e.line() + ":" + e.column() + ": configuration error: " + e.reason()
          : e.file() + ": configuration error: " + e.reason());
    }
  }

  private LintOptions options(SagelintConfig cfg, RuleCatalog catalog) {
    List<String> selected = RuleIds.check(select, "--select", catalog);
    List<String> ignored = RuleIds.check(ignore, "--ignore", catalog);
    LintOptions.Builder b = LintOptions.builder();
    (selected.isEmpty() ? cfg : cfg.withSelect(selected)).applyTo(b);
    b.ignore(ignored);
    if (apiVersion != null) {
      b.apiVersion(parse(apiVersion, ApiVersion::parse, "--api-version"));
    }
    if (kind != null) {
      b.kind(parse(kind, DocumentKind::parse, "--kind"));
    }
    if (region != null) {
      RegionNames.problem(region, "'").ifPresent(p -> {
        throw new UsageException("--region: " + p);
      });
      b.region(region);
    }
    if (account != null) {
      if (!account.matches("[0-9]{12}")) {
        throw new UsageException("--account: '" + account + "' is not an AWS account id (12 digits, "
            + "e.g. 123456789012)");
      }
      b.account(account);
    }
    return b.build();
  }

  private Inputs collect(Environment env, SagelintConfig cfg, LintOptions options, PrintWriter err)
      throws IOException {
    List<String> given = paths.isEmpty() ? List.of(".") : paths;
    List<String> onDisk = given.stream().filter(p -> !p.equals(STDIN)).toList();
    FileCollector collector = new FileCollector(env.workingDir(), cfg.baseDir(), cfg.include(),
        cfg.exclude());
    FileCollector.Collected collected = collector.collect(onDisk);
    if (!collected.missing().isEmpty()) {
      throw new UsageException("no such file or directory: " + String.join(", ", collected.missing()));
    }
    collected.warnings().forEach(w -> err.println("sagelint: warning: " + Printable.forTerminal(w)));
    collected.excluded().forEach(x ->
        err.println("sagelint: " + Printable.forTerminal(x.describe(cfg.displayName()))));
    List<FileCollector.CollectedFile> files = collected.files();
    if (changedSince != null) {
      files = changedOnly(env, files, options, err);
    }
    Inputs inputs = new Inputs();
    for (FileCollector.CollectedFile f : files) {
      inputs.lint.add(f.named() ? LintInput.namedFile(f.path(), f.displayName())
          : LintInput.file(f.path(), f.displayName()));
      inputs.sources.file(f.displayName(), f.path());
    }
    if (given.contains(STDIN)) {
      inputs.addStdin(env.stdin(), stdinFilename == null ? "<stdin>" : stdinFilename,
          options.limits().maxFileBytes());
    } else if (stdinFilename != null) {
      throw new UsageException("--stdin-filename needs '-' among the paths");
    }
    if (inputs.lint.isEmpty() && changedSince != null) {
      // Normal in a pull request that touches no spec: say so, but it is not a problem.
      err.println("sagelint: no .json, .yaml, .yml or .tf file changed since " + changedSince
          + " in " + String.join(", ", given));
    } else if (inputs.lint.isEmpty() && collected.excluded().size() < given.size()) {
      // Arguments excluded by the configuration were explained above; name only the others.
      List<String> searched = given.stream().filter(g -> collected.excluded().stream()
          .noneMatch(x -> x.argument().equals(g))).toList();
      err.println("sagelint: warning: no .json, .yaml, .yml or .tf files found in "
          + String.join(", ", searched));
    }
    return inputs;
  }

  /** {@code --changed-since}: the changed candidates and the specs the cross-document rules need. */
  private List<FileCollector.CollectedFile> changedOnly(Environment env,
      List<FileCollector.CollectedFile> candidates, LintOptions options, PrintWriter err) {
    if (paths.contains(STDIN)) {
      throw new UsageException("--changed-since selects files from git; it cannot read '-' "
          + "(standard input)");
    }
    if (writeBaseline != null) {
      // A baseline written from a subset would silently forget every finding outside it.
      throw new UsageException("--write-baseline records the findings of every file; it cannot "
          + "be combined with --changed-since");
    }
    ChangedFiles.Changes changes;
    try {
      changes = ChangedFiles.withGit().since(env.workingDir(), changedSince);
    } catch (ChangedFilesException e) {
      throw new UsageException("--changed-since: " + e.getMessage());
    }
    RelatedSpecs.Selection selection = RelatedSpecs.select(candidates,
        f -> changes.contains(f.path()), options.limits(), options.kind().isEmpty());
    if (verbose) {
      err.println("sagelint: " + selection.changed().size() + " changed file(s) to lint since "
          + changedSince + " (merge base " + changes.mergeBase().substring(0, 12) + ")");
      selection.related().forEach(r ->
          err.println("sagelint: also linting " + r.file().displayName() + ": " + r.because()));
    }
    return selection.files(candidates);
  }

  private static UsageException cannotWrite(String named, Path file, IOException e) {
    return new UsageException(WriteFailures.describe(named, file, e));
  }

  private static void listSkipped(LintResult result, PrintWriter err) {
    for (FileResult f : result.files()) {
      if (f.skipped()) {
        String why = f.documents().stream().map(d -> d.skipReason()).distinct()
            .reduce((a, b) -> a + ", " + b).orElse("nothing to lint");
        err.println(Printable.forTerminal("sagelint: skipped " + f.file() + " (" + why + ")"));
      }
    }
  }

  private static <T> T parse(String text, Function<String, T> parser, String flag) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(flag + ": " + e.getMessage());
    }
  }

  /** What to lint, the sources for excerpts, and the temporary copy of standard input. */
  private static final class Inputs {
    final List<LintInput> lint = new ArrayList<>();
    final SourceLines sources = new SourceLines();
    Path stdinCopy;

    List<LintInput> lint() {
      return lint;
    }

    SourceLines sources() {
      return sources;
    }

    /**
     * Standard input goes through a temporary file so it is read exactly like a file on disk (same
     * size limit, same UTF-8 checks, same findings); at most one byte past the limit is copied.
     */
    void addStdin(InputStream in, String name, long maxBytes) throws IOException {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      stdinCopy = Files.createTempFile("sagelint-stdin-", ".tmp");
      Files.write(stdinCopy, bytes);
      lint.add(LintInput.namedFile(stdinCopy, name));
      sources.text(name, new String(bytes, StandardCharsets.UTF_8));
    }

    void deleteTemporaryFiles() throws IOException {
      if (stdinCopy != null) {
        Files.deleteIfExists(stdinCopy);
      }
    }
  }
}
