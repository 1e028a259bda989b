package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.baseline.Fingerprint;
import dev.sagelint.core.rules.RuleDescriptor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the driver lists every
 * rule that has a result (id, name, descriptions, help URI to the rule's page, default level);
 * each result has a physical location relative to {@code %SRCROOT%} (the directory sagelint ran
 * in, normally the repository root) and a partial fingerprint that does not depend on lines, so
 * code scanning tracks an alert across edits that move it.
 *
 * <p>Written to pass Microsoft's SARIF Multitool validation without errors or warnings: messages
 * end with a period, URIs are valid and relative, regions are consistent.
 */
public final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "sagelint/v1";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "sagelint");
    driver.put("version", context.toolVersion());
    driver.put("semanticVersion", context.toolVersion());
    driver.put("informationUri", informationUri(context));

    Map<String, RuleDescriptor> used = new TreeMap<>();
    for (Finding f : result.findings()) {
      context.catalog().find(f.rule()).ifPresent(d -> used.put(d.id(), d));
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor d : used.values()) {
      ruleIndex.put(d.id(), rules.size());
      ObjectNode r = rules.addObject();
      r.put("id", d.id());
      r.put("name", d.implementation().getClass().getSimpleName());
      r.putObject("shortDescription").put("text", sentence(d.title()));
      r.putObject("fullDescription").put("text", sentence(plain(d.description())));
      r.put("helpUri", context.helpUri(d.id()));
      ObjectNode help = r.putObject("help");
      help.put("text", sentence(plain(d.description())) + " " + sentence(plain(d.rationale())));
      help.put("markdown", d.description() + "\n\n" + d.rationale());
      r.putObject("defaultConfiguration").put("level", level(d.severityFor(context.apiVersion())));
    }

    ArrayNode results = run.putArray("results");
    Map<String, Integer> occurrences = new HashMap<>();
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.rule());
      Integer index = ruleIndex.get(f.rule());
      if (index != null) {
        r.put("ruleIndex", index);
      }
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", sentence(f.fullMessage()));
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical.putObject("artifactLocation"), f.file());
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line());
      region.put("startColumn", f.column());
      region.put("endLine", Math.max(f.line(), f.endLine()));
      region.put("endColumn", f.endLine() > f.line() ? f.endColumn() : Math.max(f.column(), f.endColumn()));
      String hash = Fingerprint.hash(f, f.file());
      int n = occurrences.merge(hash, 1, Integer::sum);
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, hash + ":" + n);
      if (!f.pointer().isEmpty()) {
        r.putObject("properties").put("pointer", f.pointer());
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    out.append(PrettyJson.print(root));
  }

  private static String informationUri(ReportContext context) {
    String base = context.docsBaseUri();
    int docs = base.indexOf("/docs/");
    return docs > 0 ? base.substring(0, docs + 1) : base;
  }

  /** A repository-relative file becomes a relative URI against %SRCROOT%; others a file: URI. */
  private static void artifact(ObjectNode location, String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      location.put("uri", path.toUri().toString());
      return;
    }
    location.put("uri", encode(file));
    location.put("uriBaseId", SRCROOT);
  }

  /** Percent-encodes what a relative URI reference cannot hold literally (spaces, %, #, ...). */
  static String encode(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express " + path + " as a URI", e);
    }
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** SARIF viewers show messages as sentences; the Multitool warns about ones without a period. */
  static String sentence(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
      return t;
    }
    return t + ".";
  }

  /** Markdown to plain text, enough for descriptions: no backticks, one line. */
  static String plain(String markdown) {
    return markdown.replace("`", "").replaceAll("\\s+", " ").strip();
  }
}
