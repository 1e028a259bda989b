package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.io.IOException;
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
    // Streamed: the findings array is written one finding at a time, never held as a whole.
    PrettyJson.stream(out, g -> {
      g.writeStartObject();
      g.writeNumberProperty("version", FORMAT_VERSION);
      ObjectNode tool = PrettyJson.object();
      tool.put("name", "sagelint");
      tool.put("version", context.toolVersion());
      g.writeName("tool");
      g.writeTree(tool);
      g.writeStringProperty("apiVersion", context.apiVersion().id());
      g.writeName("findings");
      g.writeStartArray();
      for (Finding f : result.findings()) {
        g.writeTree(finding(f));
      }
      g.writeEndArray();
      g.writeName("summary");
      g.writeTree(summary(Summary.of(result, context)));
      g.writeEndObject();
    });
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode o = PrettyJson.object();
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
    if (!f.related().isEmpty()) {
      var related = o.putArray("related");
      for (Finding.Related r : f.related()) {
        ObjectNode place = related.addObject();
        place.put("file", r.file());
        place.put("line", r.line());
        place.put("column", r.column());
        place.put("endLine", r.endLine());
        place.put("endColumn", r.endColumn());
        place.put("message", r.message());
      }
    }
    return o;
  }

  private static ObjectNode summary(Summary s) {
    ObjectNode summary = PrettyJson.object();
    summary.put("files", s.files());
    summary.put("skippedFiles", s.skipped());
    summary.put("findings", s.findings());
    summary.put("errors", s.errors());
    summary.put("warnings", s.warnings());
    summary.put("infos", s.infos());
    summary.put("baselineHidden", s.baselineHidden());
    return summary;
  }
}
