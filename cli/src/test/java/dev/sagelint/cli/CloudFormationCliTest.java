package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sagelint lint} on CloudFormation templates, through the real entry point: each of the
 * three headline constraints fails the run and is located at the property in the template (line,
 * column, JSON Pointer, logical id), in the text, JSON and SARIF reports.
 *
 * <p>All three are errors by default (ADR 0008 for SM301 under the 2026-08-07 model), so every
 * run uses the default {@code --fail-on error} and API version.
 */
class CloudFormationCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A pipeline whose second container has no hostname (SM201). */
  static final String PIPELINE = """
      AWSTemplateFormatVersion: "2010-09-09"
      Description: An inference pipeline whose second container has no hostname.
      Resources:
        PipelineModel:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
            Containers:
              - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/preprocess:1
                ContainerHostname: preprocess
              - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1
      """;

  /** CDK-synthesized JSON: Direct invocation, a container without a hostname (SM203). */
  static final String DIRECT_CDK = """
      {
        "Resources": {
          "DirectModel": {
            "Type": "AWS::SageMaker::Model",
            "Properties": {
              "ExecutionRoleArn": "arn:aws:iam::123456789012:role/SageMakerExecution",
              "InferenceExecutionConfig": {"Mode": "Direct"},
              "Containers": [
                {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1", "ContainerHostname": "a"},
                {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1"}
              ]
            },
            "Metadata": {"aws:cdk:path": "InferenceStack/DirectModel"}
          }
        }
      }
      """;

  /** A KMS key (an intrinsic: unknown, but set) on a local-NVMe instance type (SM301). */
  static final String KMS_NVME = """
      Parameters:
        ImageUri:
          Type: String
      Resources:
        Key:
          Type: AWS::KMS::Key
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
            PrimaryContainer:
              Image: !Ref ImageUri
        EndpointConfig:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            KmsKeyId: !GetAtt Key.Arn
            ProductionVariants:
              - ModelName: !GetAtt Model.ModelName
                VariantName: primary
                InitialInstanceCount: 1
                InstanceType: ml.m5d.large
      """;

  @TempDir
  Path dir;

  /** One finding, as the JSON report gives it, without severity, message tail and hint. */
  record Located(String file, int line, int column, String pointer, String rule, String prefix) {}

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Runs {@code lint --format json ARGS}, checks the exit code, and returns the findings. */
  private List<Located> lintJson(int expectedExit, String... args) {
    List<String> all = new ArrayList<>(List.of("lint", "--format", "json"));
    all.addAll(List.of(args));
    CliRunner.Result r = CliRunner.run(dir, all.toArray(String[]::new));
    assertEquals("", r.stderr());
    assertEquals(expectedExit, r.exitCode(), r.stdout());
    JsonNode report = JSON.readTree(r.stdout());
    assertEquals(0, report.get("summary").get("skippedFiles").asInt(), "a template is not skipped");
    List<Located> out = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      String message = f.get("message").asString();
      out.add(new Located(f.get("file").asString(), f.get("line").asInt(), f.get("column").asInt(),
          f.get("pointer").asString(), f.get("rule").asString(),
          message.substring(0, message.indexOf(':'))));
    }
    return out;
  }

  @Test
  void hostnamesOnSomeContainersOnlyFailAtTheContainerWithout() throws IOException {
    write("template.yaml", PIPELINE);
    assertEquals(List.of(new Located("template.yaml", 11, 11,
            "/Resources/PipelineModel/Properties/Containers/1", "SM201",
            "resource `PipelineModel`")),
        lintJson(1, "template.yaml"));
  }

  @Test
  void directInvocationWithoutHostnamesFailsInACdkTemplateWithItsConstructPath()
      throws IOException {
    write("InferenceStack.template.json", DIRECT_CDK);
    assertEquals(List.of(new Located("InferenceStack.template.json", 10, 11,
            "/Resources/DirectModel/Properties/Containers/1", "SM203",
            "resource `DirectModel` (InferenceStack/DirectModel)")),
        lintJson(1, "InferenceStack.template.json"));
  }

  @Test
  void aKmsKeyOnALocalNvmeInstanceTypeFailsWithTheDefaultFailOn() throws IOException {
    write("template.yaml", KMS_NVME);
    assertEquals(List.of(new Located("template.yaml", 16, 17,
            "/Resources/EndpointConfig/Properties/KmsKeyId", "SM301", "resource `EndpointConfig`")),
        lintJson(1, "template.yaml"));

    CliRunner.Result text = CliRunner.run(dir, "lint", "template.yaml");
    assertEquals(1, text.exitCode());
    assertTrue(text.stdout().startsWith("template.yaml:16:17: error [SM301] resource "
        + "`EndpointConfig`: `KmsKeyId` is set, but the instance storage of `ml.m5d.large` "
        + "(ProductionVariants[0].InstanceType) is local NVMe; CreateEndpointConfig has been seen "
        + "to fail"), text.stdout());
    assertTrue(text.stdout().endsWith(
        "Found 1 problem (1 error) in 1 file. Checked 1 file.\n"), text.stdout());
  }

  @Test
  void theSameTemplateWithoutTheMistakesPasses() throws IOException {
    write("template.yaml", KMS_NVME.replace("ml.m5d.large", "ml.m5.large"));
    write("pipeline.yaml", PIPELINE + "          ContainerHostname: xgboost\n");
    write("direct.template.json", DIRECT_CDK.replace("/b:1\"}",
        "/b:1\", \"ContainerHostname\": \"b\"}"));
    CliRunner.Result r = CliRunner.run(dir, "lint", "--api-version", "2021-02-22", "--fail-on",
        "info", ".");
    assertEquals("No problems found. Checked 3 files.\n", r.stdout());
    assertEquals(0, r.exitCode());
  }

  @Test
  void sarifCarriesTheTemplatePointerAndLine() throws IOException {
    write("template.yaml", KMS_NVME);
    CliRunner.Result r = CliRunner.run(dir, "lint", "--format", "sarif", "--api-version",
        "2021-02-22", "template.yaml");
    assertEquals(1, r.exitCode());
    JsonNode results = JSON.readTree(r.stdout()).get("runs").get(0).get("results");
    assertEquals(1, results.size(), r.stdout());
    JsonNode result = results.get(0);
    assertEquals("SM301", result.get("ruleId").asString());
    assertEquals("error", result.get("level").asString());
    assertEquals("/Resources/EndpointConfig/Properties/KmsKeyId",
        result.get("properties").get("pointer").asString());
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals("template.yaml", physical.get("artifactLocation").get("uri").asString());
    JsonNode region = physical.get("region");
    // "!GetAtt Key.Arn": 15 characters from column 17; SARIF end columns are exclusive.
    assertEquals(List.of(16, 17, 16, 32), List.of(region.get("startLine").asInt(),
        region.get("startColumn").asInt(), region.get("endLine").asInt(),
        region.get("endColumn").asInt()));
    assertTrue(result.get("message").get("text").asString().startsWith(
        "resource `EndpointConfig`: `KmsKeyId` is set"), result.toString());
  }
}
