package dev.sagelint.core.rules.crossdoc;

import java.util.List;

/** The rules of this package, registered with {@link dev.sagelint.core.rules.RuleCatalog}. */
public final class CrossDocumentRules {
  private CrossDocumentRules() {}

  public static List<Object> all() {
    return List.of(new ServerlessVariantWithUnsupportedModel(), new ShadowTestWithUnsupportedModel(),
        new MultiModelEndpointFeatureConflict(), new AsyncInferenceWithUnsupportedModel());
  }
}
