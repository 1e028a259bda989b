package dev.sagelint.cli;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.RuleDescriptor;
import dev.sagelint.core.rules.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint explain RULE}: the rule's documentation page. The generated page bundled on the
 * classpath is printed as is; without it (a build that did not bundle docs), the same facts are
 * rendered from the rule's metadata, so the command always has an answer.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = SagelintCommand.Version.class,
    description = "Print a rule's documentation: what it finds, why it matters, how to fix it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the page was printed", "2:no such rule, or usage error"})
public final class ExplainCommand implements Callable<Integer> {
  /** Where the build bundles the generated rule pages ({@code docs/rules/<ID>.md}). */
  static final String DOCS_RESOURCE = "dev/sagelint/docs/rules/";

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "Rule id, e.g. SM102.")
  String rule;

  @Override
  public Integer call() throws IOException {
    String id = rule.trim().toUpperCase(Locale.ROOT);
    RuleCatalog catalog = RuleCatalog.defaults();
    RuleDescriptor d = catalog.find(id).orElseThrow(() -> {
      List<String> close = Suggestions.closest(id,
          catalog.all().stream().map(RuleDescriptor::id).toList(), 3);
      return new UsageException("no rule " + rule
          + (close.isEmpty() ? "" : "; did you mean " + RuleIds.orList(close) + "?")
          + " ('sagelint rules' lists them all)");
    });
    PrintWriter out = spec.commandLine().getOut();
    String page = bundledPage(id);
    out.print(page != null ? withoutGeneratorNote(page) : fallbackPage(d));
    out.flush();
    return ExitCodes.OK;
  }

  private static String bundledPage(String id) throws IOException {
    try (InputStream in = ExplainCommand.class.getClassLoader()
        .getResourceAsStream(DOCS_RESOURCE + id + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The page without its leading {@code <!-- Generated ... -->} note, which speaks to people
   * editing the repository, not to someone reading the page in a terminal.
   */
  static String withoutGeneratorNote(String page) {
    String p = page;
    while (p.startsWith("<!--") && p.contains("-->")) {
      p = p.substring(p.indexOf("-->") + 3).stripLeading();
    }
    return p;
  }

  /** The page rendered from metadata alone. */
  static String fallbackPage(RuleDescriptor d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(d.id()).append(": ").append(d.title()).append("\n\n");
    sb.append("- Severity: ").append(severities(d)).append('\n');
    sb.append("- Applies to: ").append(d.kinds().size() == DocumentKind.values().length ? "all documents"
        : d.kinds().stream().map(DocumentKind::schemaName).collect(Collectors.joining(", "))).append('\n');
    sb.append("- API versions: ").append(d.versions().size() == ApiVersion.values().length ? "all"
        : d.versions().stream().map(ApiVersion::id).collect(Collectors.joining(", "))).append('\n');
    if (!d.evidence().isEmpty()) {
      sb.append("- Evidence: ").append(d.evidence()).append('\n');
    }
    sb.append("- Since: ").append(d.since()).append("\n\n");
    sb.append("## What it finds\n\n").append(d.description()).append("\n\n");
    sb.append("## Why it matters\n\n").append(d.rationale()).append('\n');
    return sb.toString();
  }

  private static String severities(RuleDescriptor d) {
    if (d.severityByVersion().values().stream().distinct().count() == 1) {
      return d.defaultSeverity().label();
    }
    return d.severityByVersion().entrySet().stream()
        .map(e -> e.getValue().label() + " (" + e.getKey().id() + ")")
        .collect(Collectors.joining(", "));
  }
}
