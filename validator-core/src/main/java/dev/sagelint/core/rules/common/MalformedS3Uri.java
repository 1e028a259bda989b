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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An S3 location whose bucket name S3 would not accept, or an https URL that is not S3's. */
@RuleInfo(
    id = "SM505",
    title = "S3 location with an invalid bucket name or a non-S3 host",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Checks the members that hold S3 locations (`ModelDataUrl`, `S3Uri`, `ManifestS3Uri`, \
        `DestinationS3Uri`, `S3OutputPath`, `S3FailurePath`, `ShapBaselineUri`) after the schema \
        has checked that they start with `s3://` or `https://`:

        - the bucket of an `s3://` URI is not a valid bucket name: 3 to 63 characters of lower-case \
        letters, digits, dots and hyphens, starting and ending with a letter or digit, no `..`, \
        not shaped like an IP address, not starting with `xn--` or `sthree-`;
        - an `https://` URL whose host is not an S3 endpoint (virtual-hosted \
        `bucket.s3.<region>.amazonaws.com` or path-style `s3.<region>.amazonaws.com/bucket`, \
        also legacy `s3.amazonaws.com` and `s3-<region>`, `s3.dualstack.<region>`, \
        `s3-fips[.dualstack].<region>`, `s3-accelerate[.dualstack].amazonaws.com`, in every \
        partition), or whose bucket is invalid;
        - the value starts or ends with white space.

        Values holding a placeholder (`s3://<bucket>/...`) are left to SM601.""",
    rationale = """
        The API's patterns for these members only ask for a scheme and some text: \
        `(https|s3)://([^/]+)/?(.*)`, and for `DestinationS3Uri` a single character after the \
        scheme. A bucket name S3 cannot have, or a download link on another host, passes them \
        and the request fails later, when SageMaker tries to read or write the location.

        Evidence: inferred from S3's bucket naming rules and the loose API patterns; a warning. \
        (Some buckets created in us-east-1 before 2018 have upper-case letters or underscores; \
        S3 no longer creates such names.)""",
    reference = "SM-S3-URI-FORM",
    evidence = "inferred")
public final class MalformedS3Uri implements Rule {
  private static final Set<String> MEMBERS = Set.of("ModelDataUrl", "S3Uri", "ManifestS3Uri",
      "DestinationS3Uri", "S3OutputPath", "S3FailurePath", "ShapBaselineUri");
  /**
   * The S3 endpoint forms of the Amazon S3 user guide and the endpoint list: regional and legacy
   * global, dash-region legacy ({@code s3-eu-west-1}), dualstack, FIPS, Transfer Acceleration
   * (global only), {@code s3-external-1}, in the aws, aws-cn, aws-us-gov and European Sovereign
   * Cloud ({@code amazonaws.eu}) partitions.
   */
  private static final String REGION = "[a-z]{2,4}(?:-[a-z]+)+-[0-9]+";
  private static final String S3_ENDPOINT =
      "(?:(?:s3|s3-fips)(?:\\.dualstack)?(?:[.-]" + REGION + ")?\\.(?:amazonaws\\.com(?:\\.cn)?|amazonaws\\.eu)"
      + "|s3-accelerate(?:\\.dualstack)?\\.amazonaws\\.com|s3-external-1\\.amazonaws\\.com)";
  private static final Pattern VIRTUAL_HOST = Pattern.compile("(.+)\\." + S3_ENDPOINT);
  private static final Pattern PATH_HOST = Pattern.compile(S3_ENDPOINT);
  private static final Pattern IP = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+");

  @Override
  public void check(RuleContext ctx) {
    for (Scalars.At s : Scalars.of(ctx.root())) {
      String last = JsonPointer.lastToken(s.pointer());
      String value = s.node().asText();
      if (last == null || !MEMBERS.contains(last) || value == null
          || s.node().hasCustomTag() || Scalars.isFreeText(s.pointer()) || Placeholders.any(value)) {
        continue;
      }
      String member = Paths.readable(s.pointer());
      if (!value.equals(value.strip())) {
        ctx.report(s.pointer(), "s3.space", member);
        continue;
      }
      if (value.startsWith("s3://")) {
        checkBucket(ctx, s.pointer(), member, bucketOf(value.substring(5)));
      } else if (value.startsWith("https://")) {
        String rest = value.substring(8);
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        Matcher virtual = VIRTUAL_HOST.matcher(host);
        if (PATH_HOST.matcher(host).matches()) {
          checkBucket(ctx, s.pointer(), member, slash < 0 ? "" : bucketOf(rest.substring(slash + 1)));
        } else if (virtual.matches()) {
          checkBucket(ctx, s.pointer(), member, virtual.group(1));
        } else {
          ctx.report(s.pointer(), "s3.host", member, host);
        }
      }
    }
  }

  private static String bucketOf(String afterScheme) {
    int slash = afterScheme.indexOf('/');
    return slash < 0 ? afterScheme : afterScheme.substring(0, slash);
  }

  private static void checkBucket(RuleContext ctx, String pointer, String member, String bucket) {
    String problem = bucketProblem(bucket);
    if (problem != null) {
      ctx.report(pointer, "s3.bucket." + problem, member, bucket);
    }
  }

  /** The first naming rule {@code bucket} breaks, as a message key suffix, or {@code null}. */
  static String bucketProblem(String b) {
    if (b.length() < 3 || b.length() > 63) {
      return "length";
    }
    if (!b.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
      return "chars";
    }
    if (!Character.isLetterOrDigit(b.charAt(0)) || !Character.isLetterOrDigit(b.charAt(b.length() - 1))) {
      return "ends";
    }
    if (b.contains("..")) {
      return "dots";
    }
    if (IP.matcher(b).matches()) {
      return "ip";
    }
    if (b.startsWith("xn--") || b.startsWith("sthree-")) {
      return "prefix";
    }
    return null;
  }
}
