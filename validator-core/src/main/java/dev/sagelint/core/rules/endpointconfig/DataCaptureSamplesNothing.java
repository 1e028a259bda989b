package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import java.math.BigDecimal;

/** Data capture that is enabled but samples 0 % of the requests. */
@RuleInfo(
    id = "SM323",
    title = "Data capture is enabled but samples no requests",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_ENDPOINT_CONFIG, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    description = """
        `DataCaptureConfig.InitialSamplingPercentage` is 0 while `EnableCapture` is true or absent \
        (capture is enabled by default). The finding is on the percentage.""",
    rationale = """
        With a sampling percentage of 0, data capture is switched on and captures nothing, so a \
        Model Monitor schedule built on it has no data. If capture is meant to be off, \
        `EnableCapture: false` says so; if it is meant to be on, the percentage must be above 0.

        Evidence: inferred; the service model allows 0.""",
    reference = "SM-EC-DC-ZERO-SAMPLING",
    evidence = "inferred")
public final class DataCaptureSamplesNothing implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ObjectNode capture = ctx.root().object("DataCaptureConfig");
    // EnableCapture nobody can know yet (a template condition's parameter) may be false.
    if (capture == null || EndpointConfigSupport.isFalse(capture, "EnableCapture")
        || capture.get("EnableCapture") instanceof UnknownNode) {
      return;
    }
    BigDecimal percentage = EndpointConfigSupport.number(capture, "InitialSamplingPercentage");
    if (percentage != null && percentage.signum() == 0) {
      ctx.report("/DataCaptureConfig/InitialSamplingPercentage", "sm323.zero");
    }
  }
}
