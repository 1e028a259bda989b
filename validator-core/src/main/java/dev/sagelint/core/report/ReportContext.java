package dev.sagelint.core.report;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.SagelintVersion;
import dev.sagelint.core.rules.RuleCatalog;
import java.util.Objects;

/**
 * What renderers need besides the result.
 *
 * @param toolVersion sagelint's version, for SARIF and JSON
 * @param apiVersion the API version the run checked against
 * @param catalog the rules, for SARIF rule descriptors
 * @param sources source lines, for the text format's excerpts
 * @param color whether the text format may use ANSI colours (the front-end decides: a terminal,
 *     no {@code NO_COLOR}, no {@code --color=never})
 * @param baselineHidden how many findings a baseline hid, for summaries
 * @param docsBaseUri absolute URI that rule doc pages are relative to ({@code <base>SM102.md})
 */
public record ReportContext(
    String toolVersion,
    ApiVersion apiVersion,
    RuleCatalog catalog,
    SourceLines sources,
    boolean color,
    int baselineHidden,
    String docsBaseUri) {

  /** Where the generated rule pages are published. */
  public static final String DEFAULT_DOCS_BASE_URI = "https://sagelint.dev/docs/rules/";

  public ReportContext {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(docsBaseUri, "docsBaseUri");
  }

  /** A context with the defaults: this sagelint's version, all rules, no colour, no baseline. */
  public static ReportContext of(ApiVersion apiVersion, SourceLines sources) {
    return new ReportContext(SagelintVersion.get(), apiVersion, RuleCatalog.defaults(), sources,
        false, 0, DEFAULT_DOCS_BASE_URI);
  }

  public ReportContext withColor(boolean enabled) {
    return new ReportContext(toolVersion, apiVersion, catalog, sources, enabled, baselineHidden,
        docsBaseUri);
  }

  public ReportContext withBaselineHidden(int hidden) {
    return new ReportContext(toolVersion, apiVersion, catalog, sources, color, hidden, docsBaseUri);
  }

  /** The doc page of a rule. */
  public String helpUri(String ruleId) {
    return docsBaseUri + ruleId + ".md";
  }
}
