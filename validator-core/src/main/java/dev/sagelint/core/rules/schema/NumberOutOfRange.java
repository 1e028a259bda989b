package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;

/** Schema keywords {@code minimum}, {@code maximum} and their exclusive forms. */
@RuleInfo(
    id = "SM108",
    title = "Number is out of range",
    severity = Severity.ERROR,
    description = """
        A number is below the minimum or above the maximum the API allows, for example \
        `InitialInstanceCount: 0`, a `VolumeSizeInGB` over 512, a serverless `MemorySizeInMB` \
        under 1024, or a data capture sampling percentage over 100.""",
    rationale = """
        AWS checks numeric ranges at request time and fails the call with a ValidationException.""")
public final class NumberOutOfRange extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String bounds = StringLength.bounds(v.schema(), "minimum", "maximum");
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg("range", where(v), show(v.instance()), bounds), null);
  }
}
