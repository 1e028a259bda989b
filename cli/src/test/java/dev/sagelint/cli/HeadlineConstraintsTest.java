package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the constraints the product is bought for fail `sagelint lint` by default (exit 1),
 * each at its line:column, and a `.sagelint.yaml` severity override lowers them.
 */
class HeadlineConstraintsTest {
  @TempDir
  Path dir;

  private static final String PIPELINE = """
      ModelName: churn-pipeline
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      Containers:
        - ContainerHostname: featurizer
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-featurizer:2.0.1
        - ContainerHostname: model
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:1.7-1
        - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-postprocess:2.0.1
      """;

  private static final String DIRECT = """
      ModelName: churn-direct
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      InferenceExecutionConfig:
        Mode: Direct
      Containers:
        - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-a:1.0.0
        - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-b:1.0.0
      """;

  private static final String SERVERLESS = """
      EndpointConfigName: churn-serverless
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn-model
          InstanceType: ml.m5.xlarge
          ServerlessConfig:
            MemorySizeInMB: 2048
            MaxConcurrency: 5
      """;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void theThreeHeadlineConstraintsAreErrorsByDefaultAndAConfigLowersThem() throws IOException {
    write("pipeline.yaml", PIPELINE);
    write("direct.yaml", DIRECT);
    write("serverless.yaml", SERVERLESS);
    CliRunner.Result byDefault = CliRunner.run(dir, "lint", ".", "--format", "github");
    assertEquals(1, byDefault.exitCode(), byDefault.stdout() + byDefault.stderr());
    // Each headline finding is an error at its line:column (the container or member key).
    assertEquals(java.util.List.of(
            "::error file=direct.yaml,line=6,col=5,",
            "::error file=direct.yaml,line=7,col=5,",
            "::error file=pipeline.yaml,line=8,col=5,",
            "::error file=serverless.yaml,line=5,col=5,"),
        byDefault.stdout().lines()
            .filter(l -> l.contains("title=SM201") || l.contains("title=SM203") || l.contains("title=SM305"))
            .map(l -> l.substring(0, l.indexOf("endLine"))).sorted().toList(),
        byDefault.stdout());

    write(".sagelint.yaml", "rules:\n  SM201: warning\n  SM203: warning\n  SM305: warning\n");
    CliRunner.Result lowered = CliRunner.run(dir, "lint", ".", "--format", "github");
    assertEquals(0, lowered.exitCode(), lowered.stdout() + lowered.stderr());
    assertEquals(4, lowered.stdout().lines().filter(l -> l.startsWith("::warning ")
        && (l.contains("title=SM201") || l.contains("title=SM203") || l.contains("title=SM305"))).count(),
        lowered.stdout());
  }
}
