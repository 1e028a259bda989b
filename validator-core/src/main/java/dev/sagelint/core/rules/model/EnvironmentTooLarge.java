package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.nio.charset.StandardCharsets;

/** Environment variables over SageMaker's byte limits. */
@RuleInfo(
    id = "SM223",
    title = "Environment variables exceed the byte limits",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_MODEL,
    reference = "SM-CM-ENV-SIZE",
    evidence = "documented limit; the same map is observed to be validated at request time",
    description = """
        Two limits the schema cannot express, because it counts characters and one map at a \
        time:

        * a value of at most 1024 characters that is longer than 1024 bytes in UTF-8 (accented \
          or non-Latin text, emoji); values over 1024 characters are already SM106's finding;
        * all keys and values of all containers of the request together longer than 32 KB \
          (32,768 bytes). That finding is at the `Environment` whose entries cross the limit.""",
    rationale = """
        The API reference gives both limits in bytes: 1024 per key or value, 32 KB for all the \
        maps of a request combined. SageMaker validates `Environment` on the server: values over \
        the length limit are rejected with a ValidationException \
        (aws/sagemaker-sparkml-serving-container#12). A map that fits the per-entry limits can \
        still break the total when several containers or long JSON values are involved.

        Evidence: documented limit, with server-side validation of the same member observed; \
        reported as an error. Only CreateModel requests are checked.""")
public final class EnvironmentTooLarge implements Rule {
  static final int ENTRY_LIMIT = 1024;
  static final int TOTAL_LIMIT = 32 * 1024;

  @Override
  public void check(RuleContext ctx) {
    long total = 0;
    String crossing = null;
    for (Specs.At c : Specs.containers(ctx.root())) {
      ObjectNode env = c.node().object("Environment");
      if (env == null) {
        continue;
      }
      String envPointer = c.pointer() + "/Environment";
      for (ObjectNode.Member m : env.members()) {
        String value = m.value().asText();
        int valueBytes = value == null ? 0 : utf8Length(value);
        total += utf8Length(m.key()) + valueBytes;
        boolean withinCharacters =
            value != null && value.codePointCount(0, value.length()) <= ENTRY_LIMIT;
        if (withinCharacters && valueBytes > ENTRY_LIMIT) {
          ctx.report(envPointer + "/" + JsonPointer.escape(m.key()), "env.value.bytes", m.key(),
              valueBytes);
        }
      }
      if (crossing == null && total > TOTAL_LIMIT) {
        crossing = envPointer;
      }
    }
    if (crossing != null) {
      ctx.reportAtKey(crossing, "env.total", total);
    }
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
