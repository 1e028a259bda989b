package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.baseline.Fingerprint;
import dev.sagelint.core.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    Map<String, RuleDescriptor> used = new TreeMap<>();
    for (Finding f : result.findings()) {
      context.catalog().find(f.rule()).ifPresent(d -> used.put(d.id(), d));
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    ObjectNode tool = PrettyJson.object();
    ObjectNode driver = tool.putObject("driver");
    driver.put("name", "sagelint");
    driver.put("version", context.toolVersion());
    driver.put("semanticVersion", context.toolVersion());
    driver.put("informationUri", informationUri(context));
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

    // Streamed: results are written one at a time, never held as a whole.
    PrettyJson.stream(out, g -> {
      g.writeStartObject();
      g.writeStringProperty("$schema", SCHEMA);
      g.writeStringProperty("version", "2.1.0");
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      g.writeName("tool");
      g.writeTree(tool);
      g.writeName("results");
      g.writeStartArray();
      Occurrences occurrences = new Occurrences();
      for (Finding f : result.findings()) {
        g.writeTree(result(f, ruleIndex.get(f.rule()), occurrences));
      }
      g.writeEndArray();
      g.writeStringProperty("columnKind", "utf16CodeUnits");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static ObjectNode result(Finding f, Integer ruleIndex, Occurrences occurrences) {
    ObjectNode r = PrettyJson.object();
    r.put("ruleId", f.rule());
    if (ruleIndex != null) {
      r.put("ruleIndex", ruleIndex);
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
    if (!f.related().isEmpty()) {
      var related = r.putArray("relatedLocations");
      int id = 0;
      for (Finding.Related place : f.related()) {
        ObjectNode location = related.addObject();
        location.put("id", id++);
        ObjectNode where = location.putObject("physicalLocation");
        artifact(where.putObject("artifactLocation"), place.file());
        ObjectNode at = where.putObject("region");
        at.put("startLine", place.line());
        at.put("startColumn", place.column());
        at.put("endLine", Math.max(place.line(), place.endLine()));
        at.put("endColumn", place.endLine() > place.line() ? place.endColumn()
            : Math.max(place.column(), place.endColumn()));
        location.putObject("message").put("text", place.message());
      }
    }
    String hash = Fingerprint.hash(f, f.file());
    r.putObject("partialFingerprints").put(FINGERPRINT_KEY, hash + ":" + occurrences.next(f, hash));
    if (!f.pointer().isEmpty()) {
      r.putObject("properties").put("pointer", f.pointer());
    }
    return r;
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

  /**
   * A relative path as a URI reference (RFC 3986): unreserved characters, sub-delimiters, {@code @}
   * and {@code /} stay, everything else is percent-encoded as UTF-8. The colon is encoded too:
   * in {@code x:y.yaml} it would make {@code x} a scheme ({@code java.net.URI} then has no path at
   * all, which used to give {@code "uri": null}).
   */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && KEPT.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }

  private static final String HEX = "0123456789ABCDEF";
  private static final String KEPT =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";

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
