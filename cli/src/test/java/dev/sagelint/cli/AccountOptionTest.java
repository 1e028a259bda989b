package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --account}: the account SM508 compares with, before the rule's {@code account} option in
 * {@code .sagelint.yaml} and before what it infers from the run's models (issue 15).
 */
class AccountOptionTest {
  @TempDir
  Path dir;

  private static final String CONFIG = """
      EndpointConfigName: churn-config
      KmsKeyId: arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-model
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
      """;
  private static final String MODEL = """
      ModelName: churn-model
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> sm508(CliRunner.Result r) {
    return r.stdout().lines().filter(l -> l.contains("[SM508]")).toList();
  }

  @Test
  void theOptionWinsOverTheConfigurationAndTheRunsModels() throws IOException {
    write("config.yaml", CONFIG);
    write("model.yaml", MODEL);
    write(".sagelint.yaml", "rules:\n  SM508:\n    options:\n      account: \"222222222222\"\n");

    CliRunner.Result configured = CliRunner.run(dir, "lint", "config.yaml", "--select", "SM508");
    assertEquals(0, configured.exitCode(), configured.stdout() + configured.stderr());
    assertEquals(List.of("config.yaml:2:11: info [SM508] `KmsKeyId` is in account 210987654321, "
        + "but the request is made in account 222222222222 (configured); cross-account use works "
        + "only when the other account's resource policy grants it."), sm508(configured));

    CliRunner.Result given = CliRunner.run(dir, "lint", ".", "--select", "SM508",
        "--account", "210987654321");
    assertEquals(List.of(
        "model.yaml:2:19: info [SM508] The execution role is in account 123456789012, but the "
            + "request is made in account 210987654321 (configured); SageMaker is passed the role "
            + "with iam:PassRole, which only works for a role of the requesting account.",
        "model.yaml:4:10: info [SM508] `PrimaryContainer.Image` is in account 123456789012, but "
            + "the request is made in account 210987654321 (configured); cross-account use works "
            + "only when the other account's resource policy grants it."), sm508(given));

    Files.delete(dir.resolve(".sagelint.yaml"));
    CliRunner.Result inferred = CliRunner.run(dir, "lint", ".", "--select", "SM508");
    assertEquals(List.of("config.yaml:2:11: info [SM508] `KmsKeyId` is in account 210987654321, "
        + "but the execution role of the one model in this run is in account 123456789012; "
        + "cross-account use works only when the other account's resource policy grants it."),
        sm508(inferred));
  }

  @Test
  void anAccountThatIsNotTwelveDigitsIsAUsageError() throws IOException {
    write("config.yaml", CONFIG);
    for (String bad : List.of("12345678901", "1234567890123", "abcdefghijkl", "")) {
      CliRunner.Result r = CliRunner.run(dir, "lint", "config.yaml", "--account", bad);
      assertEquals(2, r.exitCode(), bad);
      assertEquals("sagelint: --account: '" + bad + "' is not an AWS account id (12 digits, e.g. "
          + "123456789012)\n", r.stderr(), bad);
    }
  }
}
