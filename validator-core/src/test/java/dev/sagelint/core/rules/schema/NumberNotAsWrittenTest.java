package dev.sagelint.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers as the AWS CLI and SDKs read them (issue 15 item 4; issue 17 row 3). */
class NumberNotAsWrittenTest {
  private final Linter linter = Linter.create(LintOptions.defaults());

  private static String endpointConfig(String count, String weight) {
    return "{\n  \"EndpointConfigName\": \"e\",\n  \"ProductionVariants\": [\n    {\n"
        + "      \"VariantName\": \"v\",\n      \"ModelName\": \"m\",\n"
        + "      \"InstanceType\": \"ml.m5.large\",\n"
        + "      \"InitialInstanceCount\": " + count + ",\n"
        + "      \"InitialVariantWeight\": " + weight + "\n    }\n  ]\n}\n";
  }

  private List<Finding> lint(String name, String text) {
    return linter.lintText(name, text).findings();
  }

  @Test
  void issue17Row3AnIntegerMemberWrittenAsOnePointZeroIsAnError() {
    List<Finding> findings = lint("ec.json", endpointConfig("1.0", "1"));
    assertEquals(List.of("8:31 SM110 error /ProductionVariants/0/InitialInstanceCount"),
        findings.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialInstanceCount` is an integer member, but `1.0` is "
        + "written as a decimal number; the AWS CLI and SDKs read it as a float and refuse to send "
        + "it, although its value is 1.", findings.get(0).message());
    assertEquals("Write `1`.", findings.get(0).hint());
  }

  @Test
  void exponentAndTrailingZeroFormsOfWholeNumbersAreErrorsInJsonAndYaml() {
    for (String v : List.of("100.0", "1E2", "1e2", "1.0e2")) {
      List<Finding> json = lint("ec.json", endpointConfig(v, "1"));
      assertEquals(List.of("8:31 SM110 error /ProductionVariants/0/InitialInstanceCount"),
          json.stream().map(Fixture::line).toList(), v);
      assertEquals("`ProductionVariants[0].InitialInstanceCount` is an integer member, but `" + v
          + "` is written as a decimal number; the AWS CLI and SDKs read it as a float and refuse "
          + "to send it, although its value is 100.", json.get(0).message(), v);
    }
    String yaml = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    InstanceType: ml.m5.large\n    InitialInstanceCount: 100.0\n";
    assertEquals(List.of("6:27 SM110 error /ProductionVariants/0/InitialInstanceCount"),
        lint("ec.yaml", yaml).stream().map(Fixture::line).toList());
  }

  @Test
  void notWholeAndOutOfRangeIntegersStayWithTheSchemaRules() {
    assertEquals(List.of("8:31 SM103 error /ProductionVariants/0/InitialInstanceCount"),
        lint("ec.json", endpointConfig("1.5", "1")).stream().map(Fixture::line).toList());
    assertEquals(List.of("8:31 SM108 error /ProductionVariants/0/InitialInstanceCount"),
        lint("ec.json", endpointConfig("2147483648", "1")).stream().map(Fixture::line).toList());
    assertEquals(List.of("8:31 SM108 error /ProductionVariants/0/InitialInstanceCount"),
        lint("ec.json", endpointConfig("2.147483648E9", "1")).stream().map(Fixture::line).toList());
  }

  @Test
  void aFloatBeyondTheDoubleRangeReachesAwsAsInfinity() {
    List<Finding> findings = lint("ec.json", endpointConfig("1", "1e400"));
    assertEquals(List.of("9:31 SM110 error /ProductionVariants/0/InitialVariantWeight"),
        findings.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialVariantWeight` is `1e400`, beyond the largest double "
        + "(about 1.8e308); the AWS CLI and SDKs read it as Infinity, and Infinity is what AWS "
        + "would receive.", findings.get(0).message());
    // Below the minimum as well: one finding per value, SM108's, which says what AWS would see.
    List<Finding> negative = lint("ec.json", endpointConfig("1", "-1e400"));
    assertEquals(List.of("9:31 SM108 error /ProductionVariants/0/InitialVariantWeight"),
        negative.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialVariantWeight` is `-1e400`, beyond the largest "
        + "double (about 1.8e308), so the AWS CLI and SDKs read it as -Infinity, and -Infinity is "
        + "what AWS would receive; AWS allows at least 0.", negative.get(0).message());
    // A finite value below the minimum keeps the plain wording.
    assertEquals("`ProductionVariants[0].InitialVariantWeight` is `-1`; AWS allows at least 0.",
        lint("ec.json", endpointConfig("1", "-1")).get(0).message());
    // The largest double itself is finite.
    assertEquals(List.of(),
        lint("ec.json", endpointConfig("1", "1.7976931348623157e308")).stream().map(Fixture::line).toList());
  }

  @Test
  void aFloatOutsideTheModelsRangeIsAFindingAtItsLocation() {
    List<Finding> findings = lint("ec.json", endpointConfig("1", "-0.5"));
    assertEquals(List.of("9:31 SM108 error /ProductionVariants/0/InitialVariantWeight"),
        findings.stream().map(Fixture::line).toList());
    assertEquals("`ProductionVariants[0].InitialVariantWeight` is `-0.5`; AWS allows at least 0.",
        findings.get(0).message());
  }

  private List<String> yamlFindings(String count, String weight) {
    String yaml = "EndpointConfigName: e\nProductionVariants:\n  - VariantName: v\n    ModelName: m\n"
        + "    InstanceType: ml.m5.large\n    InitialInstanceCount: " + count + "\n"
        + "    InitialVariantWeight: " + weight + "\n";
    return lint("ec.yaml", yaml).stream()
        .map(f -> Fixture.line(f) + " " + f.message()).toList();
  }

  @Test
  void issue17ReviewYamlInfinityAndNanAreFloatsAndReportedAsWhatAwsWouldReceive() {
    for (String inf : List.of(".inf", ".Inf", ".INF", "+.inf")) {
      assertEquals(List.of("7:27 SM110 error /ProductionVariants/0/InitialVariantWeight "
          + "`ProductionVariants[0].InitialVariantWeight` is `" + inf + "`, which YAML reads as the "
          + "float Infinity, and Infinity is what AWS would receive."), yamlFindings("1", inf), inf);
    }
    for (String nan : List.of(".nan", ".NaN", ".NAN")) {
      assertEquals(List.of("7:27 SM110 error /ProductionVariants/0/InitialVariantWeight "
          + "`ProductionVariants[0].InitialVariantWeight` is `" + nan + "`, which YAML reads as the "
          + "float NaN, and NaN is what AWS would receive."), yamlFindings("1", nan), nan);
    }
    // Below the minimum, as -1e400 is: SM108's, saying what AWS would see.
    assertEquals(List.of("7:27 SM108 error /ProductionVariants/0/InitialVariantWeight "
        + "`ProductionVariants[0].InitialVariantWeight` is `-.inf`, which YAML reads as the float "
        + "-Infinity, and -Infinity is what AWS would receive; AWS allows at least 0."),
        yamlFindings("1", "-.inf"));
    // A quoted ".inf" stays a string, and a plain one in an integer member is out of its range.
    assertEquals(List.of("7:27 SM103 error /ProductionVariants/0/InitialVariantWeight"),
        yamlFindings("1", "\".inf\"").stream().map(l -> l.substring(0, l.indexOf(" `"))).toList());
    assertEquals(List.of("6:27 SM108 error /ProductionVariants/0/InitialInstanceCount"),
        yamlFindings(".inf", "1").stream().map(l -> l.substring(0, l.indexOf(" `"))).toList());
    assertEquals(List.of("6:27 SM103 error /ProductionVariants/0/InitialInstanceCount"),
        yamlFindings(".nan", "1").stream().map(l -> l.substring(0, l.indexOf(" `"))).toList());
  }
}
