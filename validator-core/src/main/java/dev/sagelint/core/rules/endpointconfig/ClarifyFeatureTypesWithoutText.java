package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** Clarify's {@code FeatureTypes} and the text explainability settings that must go with them. */
@RuleInfo(
    id = "SM329",
    title = "Clarify feature types without text, or text without TextConfig",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    versions = {ApiVersion.V2026_08_07},
    reference = "SM-EC-CLARIFY-INFERENCE-CONFIG",
    evidence = "documented requirement; rejection not yet observed",
    description = """
        The sub-check `<EC-CLARIFY-FEATURETYPES-TEXT>` of the catalogue entry, on \
        `ExplainerConfig.ClarifyExplainerConfig`:

        - `InferenceConfig.FeatureTypes` is given but contains no `text`: an error, reported at \
        `FeatureTypes`;
        - `FeatureTypes` contains `text` but `ShapConfig` has no `TextConfig`: a warning, \
        reported at `FeatureTypes`.

        The entry's other sub-check (CSV-only and JSON Lines-only members mixed, JMESPath \
        expressions that do not parse) is not implemented: see the catalogue table in the rule \
        index. `ExplainerConfig` does not exist in the 2021-02-22 model, so the rule runs \
        against 2026-08-07 only.""",
    rationale = """
        The API reference of `ClarifyInferenceConfig.FeatureTypes` says: "If provided, \
        `FeatureTypes` must have at least one `'text'` string (for example, `['text']`)". The \
        online explainer uses `FeatureTypes` only to find the text features it must explain, \
        and `ClarifyShapConfig.TextConfig` is "required for natural language processing (NLP) \
        explainability", which is what a `text` feature asks for.

        Evidence: documented requirement, rejection not yet observed, hence an error for the \
        missing `text` (ADR 0010); the missing `TextConfig` is documented as needed for the \
        explanation, not as a request requirement, hence a warning, as the constraints \
        catalogue rates them.""")
public final class ClarifyFeatureTypesWithoutText implements Rule {
  private static final String CLARIFY = "/ExplainerConfig/ClarifyExplainerConfig";

  @Override
  public void check(RuleContext ctx) {
    ObjectNode explainer = ctx.root().object("ExplainerConfig");
    ObjectNode clarify = explainer == null ? null : explainer.object("ClarifyExplainerConfig");
    ObjectNode inference = clarify == null ? null : clarify.object("InferenceConfig");
    if (inference == null || !(inference.get("FeatureTypes") instanceof ArrayNode types)
        || types.size() == 0) {
      return; // absent, or empty (SM107: at least one item)
    }
    boolean text = false;
    for (int i = 0; i < types.size(); i++) {
      Node t = types.get(i);
      if (!(t instanceof ScalarNode s) || !(s.value() instanceof String)) {
        return; // a value nobody knows yet, or a wrong type (SM103): no conclusion
      }
      text |= "text".equals(s.value());
    }
    String pointer = CLARIFY + "/InferenceConfig/FeatureTypes";
    if (!text) {
      ctx.reportAtKey(pointer, "clarify.noText");
      return;
    }
    ObjectNode shap = clarify.object("ShapConfig");
    if (shap != null && !Specs.present(shap, "TextConfig")) {
      ctx.reportAtKey(Severity.WARNING, pointer, "clarify.textWithoutConfig");
    }
  }
}
