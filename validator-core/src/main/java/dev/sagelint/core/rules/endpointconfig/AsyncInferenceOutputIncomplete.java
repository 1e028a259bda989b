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
import java.util.Map;

/**
 * Asynchronous inference output that goes nowhere, or SNS topics named in
 * {@code IncludeInferenceResponseIn} that are not configured.
 */
@RuleInfo(
    id = "SM321",
    title = "Asynchronous inference output has no destination or a missing topic",
    severity = Severity.WARNING,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        In `AsyncInferenceConfig.OutputConfig`: neither `S3OutputPath` nor `S3FailurePath` is set \
        and no SNS notification includes the response (reported at `OutputConfig`); or \
        `NotificationConfig.IncludeInferenceResponseIn` names `SUCCESS_NOTIFICATION_TOPIC` without a \
        `SuccessTopic`, `ERROR_NOTIFICATION_TOPIC` without an `ErrorTopic`, or the same entry twice \
        (reported at the entry).""",
    rationale = """
        An asynchronous endpoint writes each result to S3 or, for responses up to 128 KB, into the \
        SNS notification. `S3OutputPath` was a required member until the model of 2023-04-04; it \
        became optional so that responses can travel by SNS alone. Without either, callers of \
        `InvokeEndpointAsync` never see a result. A topic type listed in \
        `IncludeInferenceResponseIn` without its topic has nowhere to publish.

        Evidence: inferred from the member documentation and the model history; a rejection has not \
        been observed.""",
    reference = "SM-EC-ASYNC-OUTPUT",
    evidence = "inferred")
public final class AsyncInferenceOutputIncomplete implements Rule {
  private static final String BASE = "/AsyncInferenceConfig/OutputConfig";

  @Override
  public void check(RuleContext ctx) {
    ObjectNode async = ctx.root().object("AsyncInferenceConfig");
    ObjectNode output = async == null ? null : async.object("OutputConfig");
    if (output == null) {
      return;
    }
    ObjectNode notification = output.object("NotificationConfig");
    String notificationPointer = BASE + "/NotificationConfig";
    List<Specs.Text> included = notification == null ? List.of()
        : EndpointConfigSupport.texts(notification, notificationPointer,
            "IncludeInferenceResponseIn");
    // Entries nobody can know yet (a template's imported values) may name a topic: not nowhere.
    boolean unknownIncluded = notification != null
        && EndpointConfigSupport.mayHoldUnknown(notification.get("IncludeInferenceResponseIn"));
    if (!Specs.present(output, "S3OutputPath") && !Specs.present(output, "S3FailurePath")
        && included.isEmpty() && !unknownIncluded) {
      ctx.reportAtKey(BASE, "sm321.nowhere");
    }
    Map<String, String> seen = new HashMap<>();
    for (Specs.Text entry : included) {
      String first = seen.putIfAbsent(entry.value(), entry.pointer());
      if (first != null) {
        ctx.report(entry.pointer(), "sm321.duplicate", entry.value(), Paths.readable(first));
        continue;
      }
      String topic = switch (entry.value()) {
        case "SUCCESS_NOTIFICATION_TOPIC" -> "SuccessTopic";
        case "ERROR_NOTIFICATION_TOPIC" -> "ErrorTopic";
        default -> null;
      };
      if (topic != null && !Specs.present(notification, topic)) {
        ctx.report(entry.pointer(), "sm321.noTopic", entry.value(), topic);
      }
    }
  }
}
