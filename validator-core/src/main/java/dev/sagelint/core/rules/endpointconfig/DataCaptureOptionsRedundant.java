package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Capture modes or content types in a data capture config that repeat or contradict each other.
 * Each is reported at the later, redundant entry.
 */
@RuleInfo(
    id = "SM324",
    title = "Data capture options repeat or contradict each other",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    description = """
        In `DataCaptureConfig`: a `CaptureMode` appears twice in `CaptureOptions`, or `Input` or \
        `Output` appears next to `InputAndOutput` (which already captures both; the mode exists \
        since the 2023-12-15 model, so this part is skipped for 2021-02-22); or a content type in \
        `CaptureContentTypeHeader` is listed twice, or both as CSV and as JSON (compared without \
        regard to case). Each is reported at the entry that repeats or contradicts an earlier one.""",
    rationale = """
        Repeated capture modes are redundant at best. A content type listed as both CSV and JSON \
        leaves open how SageMaker encodes the captured payload (content types in neither list are \
        base64-encoded), so the captured data may not be what a Model Monitor job expects.

        Evidence: inferred; the service model allows the repetition (up to 32 capture options since \
        2023-12-15).""",
    reference = "SM-EC-DC-CAPTURE-OPTIONS",
    evidence = "inferred")
public final class DataCaptureOptionsRedundant implements Rule {
  private static final String BASE = "/DataCaptureConfig";

  @Override
  public void check(RuleContext ctx) {
    ObjectNode capture = ctx.root().object("DataCaptureConfig");
    if (capture == null) {
      return;
    }
    checkModes(ctx, capture);
    ObjectNode header = capture.object("CaptureContentTypeHeader");
    if (header != null) {
      checkContentTypes(ctx, header);
    }
  }

  private static void checkModes(RuleContext ctx, ObjectNode capture) {
    List<Specs.Text> modes = Specs.objects(capture, BASE, "CaptureOptions").stream()
        .filter(o -> o.node().text("CaptureMode") != null)
        .map(o -> new Specs.Text(o.pointer() + "/CaptureMode", o.node().text("CaptureMode")))
        .toList();
    boolean both = ctx.apiVersion() != ApiVersion.V2021_02_22
        && modes.stream().anyMatch(m -> m.value().equals("InputAndOutput"));
    Map<String, String> seen = new HashMap<>();
    for (Specs.Text mode : modes) {
      String first = seen.putIfAbsent(mode.value(), mode.pointer());
      if (first != null) {
        ctx.report(mode.pointer(), "sm324.modeTwice", mode.value(), Paths.readable(first));
      } else if (both && (mode.value().equals("Input") || mode.value().equals("Output"))) {
        ctx.report(mode.pointer(), "sm324.modeCovered", mode.value());
      }
    }
  }

  private static void checkContentTypes(RuleContext ctx, ObjectNode header) {
    String base = BASE + "/CaptureContentTypeHeader";
    Map<String, String> seen = new HashMap<>();
    for (String list : List.of("CsvContentTypes", "JsonContentTypes")) {
      for (Specs.Text type : EndpointConfigSupport.texts(header, base, list)) {
        String first = seen.putIfAbsent(type.value().toLowerCase(Locale.ROOT), type.pointer());
        if (first == null) {
          continue;
        }
        if (first.startsWith(base + "/" + list + "/")) {
          ctx.report(type.pointer(), "sm324.typeTwice", type.value(), Paths.readable(first));
        } else {
          ctx.report(type.pointer(), "sm324.typeBoth", type.value(), Paths.readable(first));
        }
      }
    }
  }
}
