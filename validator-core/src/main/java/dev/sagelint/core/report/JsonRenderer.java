package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.io.IOException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * sagelint's own machine-readable format, documented in {@code docs/output-formats.md}. Fields
 * are always present (null when unknown) and always in the same order, so consumers can rely on
 * the shape and the bytes are stable.
 */
public final class JsonRenderer implements Renderer {
  /** Bumped only for incompatible changes; new fields may be added within a version. */
  public static final int FORMAT_VERSION = 1;

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("version", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "sagelint");
    tool.put("version", context.toolVersion());
    root.put("apiVersion", context.apiVersion().id());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode o = findings.addObject();
      o.put("file", f.file());
      o.put("line", f.line());
      o.put("column", f.column());
      o.put("endLine", f.endLine());
      o.put("endColumn", f.endColumn());
      o.put("pointer", f.pointer());
      o.put("rule", f.rule());
      o.put("severity", f.severity().label());
      o.put("message", f.message());
      o.put("hint", f.hint());
    }
    Summary s = Summary.of(result, context);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", s.files());
    summary.put("skippedFiles", s.skipped());
    summary.put("findings", s.findings());
    summary.put("errors", s.errors());
    summary.put("warnings", s.warnings());
    summary.put("infos", s.infos());
    summary.put("baselineHidden", s.baselineHidden());
    out.append(PrettyJson.print(root));
  }
}
