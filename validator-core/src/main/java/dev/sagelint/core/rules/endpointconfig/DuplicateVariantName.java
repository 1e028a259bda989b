package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.HashMap;
import java.util.Map;

/** Two variants of one endpoint config with the same {@code VariantName}. */
@RuleInfo(
    id = "SM303",
    title = "Variant name used twice",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    description = """
        Two variants of the endpoint config have the same `VariantName`. Production and shadow \
        variants share one namespace. The finding is on the second (and every later) use of the \
        name and points back to the first. Names are compared exactly, as written.""",
    rationale = """
        The variant name is the variant's identity on the endpoint: CloudWatch metrics are per \
        variant name, Application Auto Scaling addresses `endpoint/<name>/variant/<VariantName>`, \
        and `UpdateEndpointWeightsAndCapacities` and the `TargetVariant` of an invocation select a \
        variant by name. Two variants with one name cannot be told apart, and SageMaker refuses \
        them: an MLflow contributor checked that SageMaker errors out on an existing variant name \
        (mlflow#6486), so MLflow dropped its own check. No AWS error text was quoted there.

        Evidence: observed-reject (reported by a contributor, service message not quoted).""",
    reference = "SM-EC-VARIANT-NAME-UNIQUE",
    evidence = "observed-reject")
public final class DuplicateVariantName implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Map<String, String> firstUse = new HashMap<>();
    for (Specs.At variant : Specs.variants(ctx.root(), ctx.apiVersion())) {
      String name = variant.node().text("VariantName");
      if (name == null) {
        continue;
      }
      String pointer = variant.pointer() + "/VariantName";
      String first = firstUse.putIfAbsent(name, pointer);
      if (first != null) {
        ctx.report(pointer, "sm303.duplicate", name, Paths.readable(first));
      }
    }
  }
}
