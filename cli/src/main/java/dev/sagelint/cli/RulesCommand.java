package dev.sagelint.cli;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sagelint rules}: the rule catalogue as a table, filterable. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = SagelintCommand.Version.class,
    description = "List rules: id, severity, API versions and title.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the list was printed (possibly empty)", "2:usage error"})
public final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*",
      description = "Only rules whose id starts with one of these (e.g. SM1 SM301).")
  List<String> prefixes = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", description = "Only rules that apply to KIND.")
  String kind;

  @Option(names = "--severity", paramLabel = "LEVEL",
      description = "Only rules of this severity (error, warning, info).")
  String severity;

  @Option(names = "--api-version", paramLabel = "VERSION",
      description = "Only rules that apply under VERSION, with their severity there (default: latest).")
  String apiVersion;

  @Override
  public Integer call() {
    ApiVersion version = apiVersion == null ? ApiVersion.latest() : parse(apiVersion, ApiVersion::parse);
    DocumentKind k = kind == null ? null : parse(kind, DocumentKind::parse);
    Severity s = severity == null ? null : parse(severity, Severity::parse);
    List<String> ps = prefixes.stream().map(p -> p.trim().toUpperCase(Locale.ROOT)).toList();
    List<RuleDescriptor> rules = RuleCatalog.defaults().all().stream()
        .filter(d -> ps.isEmpty() || ps.stream().anyMatch(p -> d.id().startsWith(p)))
        .filter(d -> d.versions().contains(version))
        .filter(d -> k == null || d.kinds().contains(k))
        .filter(d -> s == null || d.severityFor(version) == s)
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-6s %-8s %-22s %s%n", "ID", "SEVERITY", "API VERSIONS", "TITLE");
    for (RuleDescriptor d : rules) {
      out.printf("%-6s %-8s %-22s %s%n", d.id(), d.severityFor(version).label(), versions(d), d.title());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String versions(RuleDescriptor d) {
    if (d.versions().size() == ApiVersion.values().length) {
      return "all";
    }
    return d.versions().stream().map(ApiVersion::id).collect(Collectors.joining(","));
  }

  private static <T> T parse(String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
