package dev.sagelint.core.rules.hygiene;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A value still holds the placeholder of the README, notebook or template it was copied from.
 * What counts as a placeholder, and where, is {@link Placeholders}' business.
 */
@RuleInfo(
    id = "SM601",
    title = "Placeholder left in the spec",
    severity = Severity.WARNING,
    supersedes = {"type", "pattern", "minLength", "maxLength", "enum"},
    description = """
        A string still holds a placeholder instead of a real value: a fill-in marker \
        (`<ROLE ARN>`, `<account-id>`, `your-bucket`), an unsubstituted variable (`${MODEL_NAME}`, \
        `$ROLE`), an unrendered template (`{{ ti.xcom_pull(...) }}`, `#{Pipeline.Var}`), a \
        format-string field (`s3://bucket-{account-number}/...`), a reminder (`REPLACE_ME`, `TODO`), \
        an instruction (`ENTER MODEL NAME`), a word where an ARN or ECR host needs an account id or \
        a region (`arn:aws:iam::USER_ID:role/x`), a run of x's (`subnet-xxxxxxxx`), or a bucket name \
        reserved for AWS documentation examples (`amzn-s3-demo-bucket`).

        Environment values, tag values and Clarify settings are free text, where `<pad>`, a chat \
        template or `$features` can be real; there only unmistakable placeholders count, and most \
        of them only when they are the whole value. Values of Step Functions `Name.$` members are \
        JSONPath and are left alone.""",
    rationale = """
        Nothing between the file and AWS fills placeholders in: `--cli-input-json`, boto3 and \
        CloudFormation send the text as written. AWS then rejects the value when it breaks a \
        pattern (a model name `ENTER MODEL NAME` or an un-rendered Airflow template both came back \
        as ValidationException in the specs sagelint was checked against), or accepts it and the \
        deployment fails later: a role ARN naming account `USER_ID`, an environment variable the \
        container reads as `<your-hf-token>`. Where a schema rule also reports the value, only \
        one finding is kept: the schema rule's error when AWS rejects the value, this warning when \
        the schema rule is off, suppressed or configured below it (ADR 0020).

        Evidence: inferred. The severity is a warning because AWS accepts some placeholders \
        (free-text values) and the schema rules already report as errors the ones it rejects.""",
    evidence = "inferred")
public final class UnfilledPlaceholder implements Rule {
  private static final int MAX_LISTED = 3;

  @Override
  public void check(RuleContext ctx) {
    for (Scalars.At s : Scalars.of(ctx.root())) {
      String value = s.node().asText();
      if (value == null || value.isEmpty() || s.node().hasCustomTag()
          || isStepFunctionsPath(s.pointer())) {
        continue;
      }
      List<Placeholders.Found> found = Placeholders.find(value, Scalars.isFreeText(s.pointer()));
      if (found.isEmpty()) {
        continue;
      }
      Set<String> texts = new LinkedHashSet<>();
      for (Placeholders.Found f : found) {
        texts.add(f.text());
      }
      String what = found.get(0).kind().description();
      if (texts.size() == 1) {
        ctx.report(s.pointer(), "placeholder", Paths.readable(s.pointer()), texts.iterator().next(),
            what);
      } else {
        ctx.report(s.pointer(), "placeholders", Paths.readable(s.pointer()), andList(texts), what);
      }
    }
  }

  /** Step Functions passes {@code "ModelName.$": "$.job.name"} through JSONPath, not as a value. */
  private static boolean isStepFunctionsPath(String pointer) {
    String last = JsonPointer.lastToken(pointer);
    return last != null && last.endsWith(".$");
  }

  private static String andList(Set<String> texts) {
    List<String> shown = texts.stream().limit(MAX_LISTED).map(t -> "`" + t + "`").toList();
    String joined = shown.size() == 1 ? shown.get(0)
        : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    return texts.size() > MAX_LISTED ? joined + " (and " + (texts.size() - MAX_LISTED) + " more)" : joined;
  }
}
