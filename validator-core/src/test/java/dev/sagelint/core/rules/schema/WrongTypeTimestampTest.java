package dev.sagelint.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17 review: SM103 on a Describe response's timestamp said odd or misleading things. */
class WrongTypeTimestampTest {
  private final Linter linter = Linter.create(LintOptions.defaults());

  private List<String> lint(String creationTime) {
    String yaml = "EndpointConfigName: churn-config\n"
        + "EndpointConfigArn: arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/churn-config\n"
        + "ProductionVariants:\n  - VariantName: AllTraffic\n    ModelName: churn-model\n"
        + "    InstanceType: ml.m5.xlarge\n    InitialInstanceCount: 1\n"
        + "    InitialVariantWeight: 1.0\nCreationTime: " + creationTime + "\n";
    return linter.lintText("d.yaml", yaml).findings().stream()
        .map(f -> Fixture.line(f) + " | " + f.message() + " | " + f.hint()).toList();
  }

  private static final String HINT = "A timestamp is a date and time such as "
      + "`2024-05-01T12:34:56Z`, or a number of seconds since 1970 such as `1714566896`.";

  @Test
  void anArrayIsNamedOnceAndTheHintSaysWhatATimestampLooksLike() {
    assertEquals(List.of("9:15 SM103 error /CreationTime | `CreationTime` must be a string or a "
        + "number, but it is an array. | " + HINT), lint("[]"));
  }

  @Test
  void aBooleanIsNotToldToBeQuotedIntoAnotherFinding() {
    assertEquals(List.of("9:15 SM103 error /CreationTime | `CreationTime` must be a string or a "
        + "number, but it is a boolean (`true`). | " + HINT), lint("true"));
  }

  @Test
  void aStandardTimestampTagIsNotCalledCustom() {
    assertEquals(List.of("9:15 SM005 error /CreationTime | YAML tag `!!timestamp` is a standard YAML "
        + "1.1 tag, but sagelint reads only !!str, !!int, !!float, !!bool and !!null, so it cannot "
        + "check the value behind it. | Write the plain value without the tag; a timestamp, for "
        + "example, as `2024-05-01T12:34:56Z`."), lint("!!timestamp 2024-05-01T12:34:56Z"));
  }
}
