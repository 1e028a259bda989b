package dev.sagelint.core.rules.schema;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import dev.sagelint.core.rules.hygiene.SchemaTypes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A timestamp member of a saved Describe response ({@code CreationTime}) whose string is not a
 * date and time. The generated schema marks these members {@code format: date-time}, which JSON
 * Schema 2020-12 treats as an annotation only, so the validator alone lets {@code "yesterday"}
 * through; this rule is the assertion, with the forms the AWS tools actually write.
 */
@RuleInfo(
    id = "SM111",
    title = "Timestamp is not a date and time",
    severity = Severity.ERROR,
    kinds = {DocumentKind.DESCRIBE_MODEL, DocumentKind.DESCRIBE_ENDPOINT_CONFIG},
    evidence = "shape",
    description = """
        A timestamp member of a saved `DescribeModel` or `DescribeEndpointConfig` response (today \
        `CreationTime`) is a string that is not an ISO 8601 date and time, such as `yesterday`, \
        `2024-13-01T00:00:00Z` (no month 13) or a date without a time. Reported at the value.

        Accepted are the forms the AWS tools write: the AWS CLI's \
        `2024-05-01T12:34:56.789000+00:00`, that is `YYYY-MM-DDThh:mm`, optional seconds and \
        fraction, and an optional offset (`Z`, `+hh:mm`, `+hhmm` or `+hh`); the same with a space \
        instead of the `T`, as Python prints a `datetime` (`json.dumps(..., default=str)` on a \
        boto3 response); and epoch seconds as a JSON or YAML number (`1714566896.789`).""",
    rationale = """
        The API model types these members as `timestamp`. A response edited by hand and used as \
        a spec (or compared with the live resource) should say what AWS would say; a timestamp \
        that no SDK can read is a typo or a placeholder, not a value AWS returns. Evidence: the \
        shape (`timestamp` in the botocore model of both API versions).""")
public final class TimestampNotAccepted implements Rule {
  /** Date, `T`/`t`/space, hours and minutes, optional seconds and fraction, optional offset. */
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "(?:[Zz]|[+-](\\d{2})(?::?(\\d{2}))?)?");

  @Override
  public void check(RuleContext ctx) {
    for (Scalars.At s : Scalars.of(ctx.root())) {
      if (!(s.node().value() instanceof String text) || s.node().hasCustomTag()) {
        continue;
      }
      JsonNode schema = SchemaTypes.schemaAt(ctx.apiVersion(), ctx.kind(), s.pointer());
      if (schema == null || !schema.has("format") || !"date-time".equals(schema.get("format").asString())) {
        continue;
      }
      if (!isDateTime(text)) {
        ctx.report(s.pointer(), "timestamp", Paths.readable(s.pointer()),
            KeywordRuleSupport.show(s.node()));
      }
    }
  }

  /** Whether {@code text} is one of the accepted forms and names a real date and time. */
  static boolean isDateTime(String text) {
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    } catch (DateTimeException e) {
      return false;
    }
    // Offsets run from -18:00 to +18:00, as java.time and the SDKs accept them.
    int hours = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
    int minutes = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
    return minutes < 60 && hours * 60 + minutes <= 18 * 60;
  }
}
