package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.nio.charset.StandardCharsets;

/**
 * The SHAP baseline of a Clarify explainer: exactly one of inline data and S3 URI, and inline data
 * within 4 KB. Lengths above 4096 characters are the schema's finding, so only text that fits in
 * 4096 characters but not in 4096 UTF-8 bytes is reported here.
 */
@RuleInfo(
    id = "SM325",
    title = "SHAP baseline needs exactly one source of at most 4 KB",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        In `ExplainerConfig.ClarifyExplainerConfig.ShapConfig.ShapBaselineConfig`, both \
        `ShapBaseline` and `ShapBaselineUri` are set, or neither is (reported at \
        `ShapBaselineConfig`); or the inline `ShapBaseline` is longer than 4 KB in UTF-8 while \
        within the 4096 characters that the service model counts (reported at `ShapBaseline`).""",
    rationale = """
        The API reference states that `ShapBaseline` and `ShapBaselineUri` are mutually exclusive \
        and that one of them is required, and that the inline baseline is limited to 4 KB. The \
        service model only knows a maximum of 4096 characters, which non-ASCII text (say, an NLP \
        baseline in another script) exceeds in bytes long before it does in characters.

        Evidence: documented-reject. sagelint treats constraints that the API reference states for \
        members of the request itself as part of the request's contract.""",
    reference = "SM-EC-CLARIFY-BASELINE",
    evidence = "documented-reject")
public final class ClarifyShapBaselineSource implements Rule {
  private static final String BASE =
      "/ExplainerConfig/ClarifyExplainerConfig/ShapConfig/ShapBaselineConfig";
  private static final int LIMIT = 4096;

  @Override
  public void check(RuleContext ctx) {
    ObjectNode baseline = at(ctx.root(), "ExplainerConfig", "ClarifyExplainerConfig", "ShapConfig",
        "ShapBaselineConfig");
    if (baseline == null) {
      return;
    }
    boolean inline = Specs.present(baseline, "ShapBaseline");
    boolean uri = Specs.present(baseline, "ShapBaselineUri");
    if (inline && uri) {
      ctx.reportAtKey(BASE, "sm325.both");
    } else if (!inline && !uri) {
      ctx.reportAtKey(BASE, "sm325.neither");
    }
    String text = baseline.text("ShapBaseline");
    if (text != null && text.codePointCount(0, text.length()) <= LIMIT) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > LIMIT) {
        ctx.report(BASE + "/ShapBaseline", "sm325.tooLarge", bytes, text.codePointCount(0, text.length()));
      }
    }
  }

  private static ObjectNode at(ObjectNode root, String... path) {
    ObjectNode current = root;
    for (String member : path) {
      current = current.object(member);
      if (current == null) {
        return null;
      }
    }
    return current;
  }
}
