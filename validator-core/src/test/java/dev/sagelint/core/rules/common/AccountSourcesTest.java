package dev.sagelint.core.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.RuleSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where SM508 takes the account a request acts as (issue 15): the run's option (CLI
 * {@code --account}, Maven {@code sagelint.account}) before the rule's option in
 * {@code .sagelint.yaml}, before the document's own role, before the account the run's models
 * agree on; and silence when nothing says.
 */
class AccountSourcesTest {
  @TempDir
  Path dir;

  private static final String MODEL = """
      ModelName: %s
      ExecutionRoleArn: arn:aws:iam::%s:role/SageMakerExecution
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;
  private static final String CONFIG = """
      EndpointConfigName: churn-config
      KmsKeyId: arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-a
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
      """;
  private static final String KEY = "arn:aws:kms:us-east-1:210987654321:key/"
      + "1234abcd-12ab-34cd-56ef-1234567890ab";

  private static LintOptions.Builder sm508Only() {
    return LintOptions.builder().select(List.of("SM508"));
  }

  private static RuleSetting accountOption(String account) {
    return new RuleSetting(true, Optional.empty(), Map.of("account", account));
  }

  private List<Finding> lint(LintOptions options, Map<String, String> files) throws Exception {
    List<LintInput> inputs = new java.util.ArrayList<>();
    for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
      Path p = Files.writeString(dir.resolve(f.getKey()), f.getValue());
      inputs.add(LintInput.file(p, f.getKey()));
    }
    return Linter.create(options).lint(inputs).findings();
  }

  private static String line(Finding f) {
    return f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
        + f.message();
  }

  @Test
  void theRunsAccountComesBeforeTheConfiguredOneAndTheRole() throws Exception {
    LintOptions options = sm508Only().account("111111111111")
        .rule("SM508", accountOption("222222222222")).build();
    List<Finding> findings = lint(options, Map.of("a.yaml", MODEL.formatted("churn-a", "123456789012")));
    assertEquals(List.of(
        "a.yaml:2:19 SM508 info The execution role is in account 123456789012, but the request "
            + "is made in account 111111111111 (configured); SageMaker is passed the role with "
            + "iam:PassRole, which only works for a role of the requesting account.",
        "a.yaml:4:10 SM508 info `PrimaryContainer.Image` is in account 123456789012, but the "
            + "request is made in account 111111111111 (configured); cross-account use works only "
            + "when the other account's resource policy grants it."),
        findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void theConfiguredAccountComesBeforeTheRole() throws Exception {
    LintOptions options = sm508Only().rule("SM508", accountOption("123456789012")).build();
    List<Finding> findings = lint(options, Map.of("a.yaml", MODEL.formatted("churn-a", "210987654321")));
    assertEquals(List.of("a.yaml:2:19 SM508 info The execution role is in account 210987654321, "
        + "but the request is made in account 123456789012 (configured); SageMaker is passed the "
        + "role with iam:PassRole, which only works for a role of the requesting account."),
        findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void withoutAGivenAccountTheDocumentsRoleDecides() throws Exception {
    List<Finding> findings = lint(sm508Only().build(),
        Map.of("a.yaml", MODEL.formatted("churn-a", "210987654321")));
    assertEquals(List.of("a.yaml:4:10 SM508 info `PrimaryContainer.Image` is in account "
        + "123456789012, but the execution role is in account 210987654321; cross-account use "
        + "works only when the other account's resource policy grants it to the role."),
        findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void anEndpointConfigTakesTheAccountTheRunsModelsAgreeOn() throws Exception {
    List<Finding> findings = lint(sm508Only().build(), Map.of(
        "a.yaml", MODEL.formatted("churn-a", "123456789012"),
        "b.yaml", MODEL.formatted("churn-b", "123456789012"),
        "config.yaml", CONFIG));
    assertEquals(List.of("config.yaml:2:11 SM508 info `KmsKeyId` is in account 210987654321, but "
        + "the execution roles of the 2 models in this run are in account 123456789012; "
        + "cross-account use works only when the other account's resource policy grants it."),
        findings.stream().map(AccountSourcesTest::line).toList());
    Finding f = findings.get(0);
    assertEquals(List.of(new Finding.Related("a.yaml", 2, 1, 2, 17,
        "`ExecutionRoleArn` of model `churn-a`")), f.related());
    assertEquals("Check that the resource policy in account 210987654321 allows the role, use a "
        + "resource in account 123456789012, or give the account with --account (Maven: "
        + "sagelint.account).", f.hint());
  }

  @Test
  void oneModelIsEnoughAndTheMessageSaysSo() throws Exception {
    List<Finding> findings = lint(sm508Only().build(), Map.of(
        "a.yaml", MODEL.formatted("churn-a", "123456789012"), "config.yaml", CONFIG));
    assertEquals(List.of("config.yaml:2:11 SM508 info `KmsKeyId` is in account 210987654321, but "
        + "the execution role of the one model in this run is in account 123456789012; "
        + "cross-account use works only when the other account's resource policy grants it."),
        findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void aModelWithoutARoleTakesTheRunsAccountToo() throws Exception {
    String roleless = """
        ModelName: churn-c
        PrimaryContainer:
          Image: 345678901234.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        """;
    List<Finding> findings = lint(sm508Only().build(), Map.of(
        "a.yaml", MODEL.formatted("churn-a", "123456789012"), "c.yaml", roleless));
    assertEquals(List.of("c.yaml:3:10 SM508 info `PrimaryContainer.Image` is in account "
        + "345678901234, but the execution role of the one model in this run is in account "
        + "123456789012; cross-account use works only when the other account's resource policy "
        + "grants it."), findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void modelsThatDisagreeOrNoModelsAtAllLeaveTheConfigUnchecked() throws Exception {
    assertEquals(List.of(), lint(sm508Only().build(), Map.of(
        "a.yaml", MODEL.formatted("churn-a", "123456789012"),
        "b.yaml", MODEL.formatted("churn-b", "111111111111").replace(
            "123456789012.dkr", "111111111111.dkr").replace("ml-artifacts-123456789012", "x"),
        "config.yaml", CONFIG)));
    assertEquals(List.of(), lint(sm508Only().build(), Map.of("config.yaml", CONFIG)));
  }

  @Test
  void aGivenAccountChecksTheConfigWithoutAnyModel() throws Exception {
    List<Finding> findings = lint(sm508Only().account("123456789012").build(),
        Map.of("config.yaml", CONFIG));
    assertEquals(List.of("config.yaml:2:11 SM508 info `KmsKeyId` is in account 210987654321, but "
        + "the request is made in account 123456789012 (configured); cross-account use works only "
        + "when the other account's resource policy grants it."),
        findings.stream().map(AccountSourcesTest::line).toList());
  }

  @Test
  void aConfigInTheRunsAccountIsQuiet() throws Exception {
    assertEquals(List.of(), lint(sm508Only().build(), Map.of(
        "a.yaml", MODEL.formatted("churn-a", "210987654321").replace("123456789012", "210987654321"),
        "config.yaml", CONFIG)));
  }

  @Test
  void inMemoryTextsAreCheckedAgainstTheRunsAccountToo() {
    List<Finding> findings = Linter.create(sm508Only().build()).lint(List.of(
        LintInput.text("a.yaml", MODEL.formatted("churn-a", "123456789012")),
        LintInput.text("config.yaml", CONFIG))).findings();
    assertEquals(List.of("config.yaml:2:11 SM508 info"), findings.stream()
        .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT))
        .toList());
    assertEquals(KEY, CONFIG.lines().filter(l -> l.startsWith("KmsKeyId")).findFirst().orElseThrow()
        .substring("KmsKeyId: ".length()));
  }
}
