package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An environment variable whose name says it holds a secret. */
@RuleInfo(
    id = "SM224",
    title = "Environment variable looks like a secret",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-ENV-SENSITIVE",
    evidence = "documented recommendation",
    description = """
        A container's `Environment` has a non-empty value under a name that marks a secret. The \
        name is split into words at underscores and case changes (`HF_TOKEN`, `hfToken`); it is a \
        secret name when a word is `SECRET`, `SECRETS`, `PASSWORD`, `PASSWD`, `PASSPHRASE`, \
        `TOKEN` or `APIKEY`, or when it contains `API KEY` or `PRIVATE KEY`. Names that refer to \
        a secret rather than hold it, or are settings about it, are skipped: the last word is \
        `ARN`, `NAME`, `ID`, `PATH`, `FILE`, `DIR`, `URL`, `URI`, `ENDPOINT`, `REGION`, `TYPE`, \
        `HEADER`, `PARAMETER`, `SSM`, or a length, lifetime or count (`LENGTH`, `MIN`, `MAX`, \
        `TTL`, `SECONDS`, `TIMEOUT`, `LIFETIME`, `COUNT`...): `SECRET_ARN`, `HF_TOKEN_PATH`, \
        `PASSWORD_MIN_LENGTH`. So are values that cannot be a secret: ARNs, CloudFormation \
        dynamic references (`{{resolve:...}}`), `true` and `false`, numbers, durations (`15m`, \
        `PT1H`) and Parameter Store names (`/prod/db/password`). Words such as \
        `TOKENS` or `TOKENIZER` do not count, so LLM settings like `MAX_TOTAL_TOKENS` stay quiet.

        The message names the variable, never its value. Also checked on DescribeModel \
        responses, where the value is already stored.""",
    rationale = """
        The API reference asks not to put sensitive data in a model's environment: it is stored \
        with the model and returned in clear text by DescribeModel to anyone allowed to call it, \
        and it shows up in the console and in every copy of the spec. Secrets \
        belong in AWS Secrets Manager or Parameter Store, read by the container at start-up \
        through its execution role (pass the secret's ARN or name in the environment instead).

        Evidence: documented recommendation, heuristic match on names, so a warning. Tune it per \
        organisation with the rule's severity, or ignore it for a file.""")
public final class SensitiveEnvironmentVariable implements Rule {
  private static final Set<String> SECRET_WORDS =
      Set.of("SECRET", "SECRETS", "PASSWORD", "PASSWD", "PASSPHRASE", "TOKEN", "APIKEY");
  /** Tokenizer settings (`EOS_TOKEN`, `PAD_TOKEN`) name a vocabulary entry, not a credential. */
  private static final Set<String> TOKENIZER_WORDS =
      Set.of("EOS", "BOS", "PAD", "UNK", "SEP", "CLS", "MASK", "STOP", "START", "END", "SPECIAL");
  private static final Set<String> REFERENCE_SUFFIXES = Set.of("ARN", "NAME", "ID", "PATH",
      "FILE", "DIR", "URL", "URI", "ENDPOINT", "REGION", "TYPE", "HEADER", "PARAMETER", "PARAM",
      "SSM", "KEYID",
      // Settings about a secret, not the secret: its length, lifetime, count or rules.
      "LENGTH", "LEN", "MIN", "MAX", "TTL", "SECONDS", "SECS", "MINUTES", "MINS", "HOURS", "DAYS",
      "MS", "TIMEOUT", "LIFETIME", "EXPIRY", "EXPIRATION", "AGE", "COUNT", "SIZE", "POLICY",
      "ROTATION", "ENABLED", "REQUIRED");
  /**
   * Values that cannot be a secret: a number, a duration ({@code 15m}, {@code PT1H}), or a
   * Parameter Store name ({@code /prod/db/password}), which is what the rule's own hint
   * recommends passing instead of the secret.
   */
  private static final java.util.regex.Pattern NOT_A_SECRET = java.util.regex.Pattern.compile(
      "[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w)?|P(?:[0-9]+[YMWD])*(?:T(?:[0-9]+[HMS])+)?|/[A-Za-z0-9_.\\-/]+",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      ObjectNode env = c.node().object("Environment");
      if (env == null) {
        continue;
      }
      for (ObjectNode.Member m : env.members()) {
        String value = m.value().asText();
        if (value != null && isSecretName(m.key()) && holdsSecret(value)) {
          ctx.report(c.pointer() + "/Environment/" + JsonPointer.escape(m.key()), "env.sensitive",
              m.key());
        }
      }
    }
  }

  /** Whether an environment variable name marks a secret value (see the rule description). */
  static boolean isSecretName(String name) {
    List<String> words = words(name);
    if (words.isEmpty() || REFERENCE_SUFFIXES.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean tokenizerToken = w.equals("TOKEN") && i > 0 && TOKENIZER_WORDS.contains(words.get(i - 1));
      if (SECRET_WORDS.contains(w) && !tokenizerToken) {
        return true;
      }
      boolean keyAfter = w.equals("KEY") && i > 0
          && (words.get(i - 1).equals("API") || words.get(i - 1).equals("PRIVATE"));
      if (keyAfter) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsSecret(String value) {
    String v = value.strip();
    // A placeholder ("<your-hf-token>") is not a secret yet; SM601 reports it.
    return !v.isEmpty() && !v.startsWith("arn:") && !v.startsWith("{{resolve:")
        && !NOT_A_SECRET.matcher(v).matches()
        && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")
        && Placeholders.find(v, true).isEmpty();
  }

  /** Upper-case words of a name, split at {@code _ - .} and at lower-to-upper case changes. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == '_' || ch == '-' || ch == '.') {
        flush(out, w);
        continue;
      }
      if (Character.isUpperCase(ch) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        flush(out, w);
      }
      w.append(ch);
    }
    flush(out, w);
    return out;
  }

  private static void flush(List<String> out, StringBuilder w) {
    if (w.length() > 0) {
      out.add(w.toString().toUpperCase(Locale.ROOT));
      w.setLength(0);
    }
  }
}
