package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A KmsKeyId that is none of the four forms KMS understands, or is empty. */
@RuleInfo(
    id = "SM502",
    title = "KMS key reference is empty or not a key id, key ARN, alias or alias ARN",
    severity = Severity.ERROR,
    supersedes = {"pattern"},
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Checks every member whose name ends in `KmsKeyId`, wherever it is in the request: the \
        endpoint config's `KmsKeyId`, `DataCaptureConfig.KmsKeyId`, \
        `AsyncInferenceConfig.OutputConfig.KmsKeyId` and `CoreDumpConfig.KmsKeyId` of production \
        and shadow variants (and any such member a newer API version adds). The value must be \
        one of:

        - a key id: `0a1b2c3d-4e5f-6789-abcd-ef0123456789`, or a multi-Region key id `mrk-` plus \
        32 hex digits;
        - a key ARN: `arn:aws:kms:<region>:<account>:key/<key id>`;
        - an alias name: `alias/<name>`;
        - an alias ARN: `arn:aws:kms:<region>:<account>:alias/<name>`.

        The empty string is reported too. Values holding a placeholder are left to SM601.""",
    rationale = """
        The API's own pattern for these members is loose: `.*` in the 2021-02-22 model, \
        `[a-zA-Z0-9:/_-]*` in 2026-08-07, both of which admit the empty string, a bare alias name \
        without `alias/`, or the ARN of another kind of resource. None of those names a KMS key, \
        so encryption cannot work as written, but the shape check lets the request through.

        Evidence: documented requirement (the API documents exactly these four forms); where and \
        when AWS refuses other values has not been observed yet. It is an error by default \
        (raised from a warning, see CHANGELOG.md), as \
        in the constraints catalogue: sagelint's default is the catalogue's severity: a \
        documented requirement is enough for an \
        error, and only an observed acceptance would justify less (lower it in `.sagelint.yaml` if \
        you disagree).""",
    reference = "SM-KMS-FORMAT",
    evidence = "documented requirement; rejection not yet observed")
public final class MalformedKmsKeyId implements Rule {
  private static final String KEY_ID =
      "(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})";
  private static final String ALIAS = "alias/[a-zA-Z0-9/_-]+";
  private static final String ARN_PREFIX = "arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:";
  private static final Pattern VALID = Pattern.compile(
      KEY_ID + "|" + ALIAS + "|" + ARN_PREFIX + "key/" + KEY_ID + "|" + ARN_PREFIX + ALIAS);
  private static final Pattern UPPER_CASE_KEY_ID = Pattern.compile("(?i)(?:.*:key/)?" + KEY_ID);
  private static final Pattern OTHER_ARN = Pattern.compile("arn:[^:]*:([^:]*):.*");
  private static final Pattern BARE_NAME = Pattern.compile("[a-zA-Z0-9/_-]+");

  @Override
  public void check(RuleContext ctx) {
    for (Scalars.At s : Scalars.of(ctx.root())) {
      String last = JsonPointer.lastToken(s.pointer());
      String value = s.node().asText();
      if (last == null || !last.endsWith("KmsKeyId") || value == null
          || s.node().hasCustomTag() || Scalars.isFreeText(s.pointer())) {
        continue;
      }
      String member = Paths.readable(s.pointer());
      if (value.isEmpty()) {
        ctx.report(s.pointer(), "kms.empty", member);
      } else if (!VALID.matcher(value).matches() && !Placeholders.any(value)) {
        ctx.report(s.pointer(), "kms.form." + diagnosis(value), member, value, service(value));
      }
    }
  }

  /** Which hint fits best: the most specific reason the value is not a key reference. */
  private static String diagnosis(String value) {
    if (UPPER_CASE_KEY_ID.matcher(value).matches()) {
      return "case";
    }
    Matcher arn = OTHER_ARN.matcher(value);
    if (arn.matches()) {
      return arn.group(1).equals("kms") ? "kmsarn" : "otherarn";
    }
    if (BARE_NAME.matcher(value).matches() && !value.startsWith("alias")) {
      return "bare";
    }
    return "other";
  }

  private static String service(String value) {
    Matcher arn = OTHER_ARN.matcher(value);
    return arn.matches() ? arn.group(1) : "";
  }
}
