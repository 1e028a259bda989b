package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * A metric publish frequency outside the documented set, in an endpoint config's
 * {@code MetricsConfig} or in a model container's {@code ContainerMetricsConfig} (the two members
 * share one shape and one list of valid values, so one rule covers both documents).
 */
@RuleInfo(
    id = "SM320",
    title = "Metric publish frequency is not one of the allowed intervals",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.CREATE_MODEL},
    versions = ApiVersion.V2026_08_07,
    description = """
        `MetricPublishFrequencyInSeconds` is not 10, 30, 60, 120, 180, 240 or 300. Checked in \
        CreateEndpointConfig (`MetricsConfig`) and in CreateModel \
        (`ContainerMetricsConfig.MetricsEndpoints[*]` of every container). The finding is on the \
        value and suggests the allowed intervals next to it.""",
    rationale = """
        The API reference lists the valid intervals for both members; the service model only says \
        "integer", so the AWS CLI and boto3 send any number and the request fails at AWS.

        Evidence: documented-reject. sagelint treats valid values that the API reference states for \
        a member of the request itself as part of the request's contract.""",
    reference = "SM-EC-METRICS-FREQUENCY",
    evidence = "documented-reject")
public final class MetricPublishFrequencyNotAllowed implements Rule {
  private static final List<BigInteger> ALLOWED = List.of(10, 30, 60, 120, 180, 240, 300).stream()
      .map(BigInteger::valueOf).toList();

  @Override
  public void check(RuleContext ctx) {
    if (ctx.kind().isEndpointConfig()) {
      ObjectNode metrics = ctx.root().object("MetricsConfig");
      if (metrics != null) {
        check(ctx, metrics, "/MetricsConfig");
      }
      return;
    }
    for (Specs.At container : Specs.containers(ctx.root())) {
      ObjectNode config = container.node().object("ContainerMetricsConfig");
      if (config == null) {
        continue;
      }
      String base = container.pointer() + "/ContainerMetricsConfig";
      for (Specs.At endpoint : Specs.objects(config, base, "MetricsEndpoints")) {
        check(ctx, endpoint.node(), endpoint.pointer());
      }
    }
  }

  private static void check(RuleContext ctx, ObjectNode parent, String pointer) {
    BigInteger value = EndpointConfigSupport.integer(parent, "MetricPublishFrequencyInSeconds");
    if (value == null || ALLOWED.contains(value)) {
      return;
    }
    BigInteger lower = ALLOWED.stream().filter(a -> a.compareTo(value) < 0)
        .max(Comparator.naturalOrder()).orElse(null);
    BigInteger upper = ALLOWED.stream().filter(a -> a.compareTo(value) > 0)
        .min(Comparator.naturalOrder()).orElse(null);
    String target = pointer + "/MetricPublishFrequencyInSeconds";
    if (lower != null && upper != null) {
      ctx.report(target, "sm320.frequency.between", value, lower, upper);
    } else {
      ctx.report(target, "sm320.frequency", value, lower != null ? lower : upper);
    }
  }
}
