package dev.sagelint.core.rules.crossdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-document rules through the engine, with the model and the endpoint config in two
 * separate inputs: the finding belongs to the endpoint config's file, at its own line and column,
 * and names where in the model's file the conflicting member is.
 */
class CrossDocumentLintTest {
  private static final String MODEL_FILE = "specs/churn-model.yaml";
  private static final String MODEL = """
      ModelName: churn-model
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      EnableNetworkIsolation: true
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataUrl: s3://ml-artifacts-123456789012/churn/model.tar.gz
      """;
  private static final String OTHER_MODEL = MODEL.replace("churn-model", "fraud-model");

  private static final String CONFIG_FILE = "specs/churn-serverless.json";
  private static final String CONFIG = """
      {
        "EndpointConfigName": "churn-serverless",
        "ProductionVariants": [
          {
            "VariantName": "AllTraffic",
            "ModelName": "churn-model",
            "ServerlessConfig": {"MemorySizeInMB": 2048, "MaxConcurrency": 5}
          }
        ]
      }
      """;

  @Test
  void theFindingLandsOnTheEndpointConfigFileAtItsOwnPosition() {
    LintResult result = lint(LintOptions.defaults(), 1,
        LintInput.text(MODEL_FILE, MODEL), LintInput.text(CONFIG_FILE, CONFIG));

    List<Finding> cross = crossDocument(result);
    assertEquals(1, cross.size(), () -> cross.toString());
    Finding f = cross.get(0);
    assertEquals("SM401", f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(CONFIG_FILE, f.file());
    assertEquals("/ProductionVariants/0/ServerlessConfig", f.pointer());
    assertEquals(0, f.documentIndex());
    // The key "ServerlessConfig" starts line 7 after six blanks.
    assertEquals(7, f.line());
    assertEquals(7, f.column());
    // The model's file in the message, the member's line only in the related location (issue 17 row 7).
    assertTrue(f.message().contains("(" + MODEL_FILE + ")"), f.message());
    assertEquals(MODEL_FILE + ":3", f.related().get(0).file() + ":" + f.related().get(0).line());
    assertTrue(result.findings().stream().noneMatch(x -> x.file().equals(MODEL_FILE)),
        "the model file gets no finding of its own");
  }

  @Test
  void theOrderOfTheInputsAndTheThreadCountDoNotMatter() {
    List<Finding> forward = crossDocument(lint(LintOptions.defaults(), 1,
        LintInput.text(MODEL_FILE, MODEL), LintInput.text(CONFIG_FILE, CONFIG)));
    List<Finding> backward = crossDocument(lint(LintOptions.defaults(), 2,
        LintInput.text(CONFIG_FILE, CONFIG), LintInput.text(MODEL_FILE, MODEL)));
    assertEquals(forward, backward);
  }

  @Test
  void nothingFiresWhenTheModelIsNotInTheRun() {
    assertEquals(List.of(), crossDocument(lint(LintOptions.defaults(), 1,
        LintInput.text(CONFIG_FILE, CONFIG))));
    assertEquals(List.of(), crossDocument(lint(LintOptions.defaults(), 1,
        LintInput.text("specs/fraud-model.yaml", OTHER_MODEL), LintInput.text(CONFIG_FILE, CONFIG))));
  }

  /**
   * Files on disk are not kept in memory between the phases: the linked ones are parsed again.
   * The findings are the same as for the same texts in memory, in either order, on any threads;
   * a multi-document file holds the model after a document that is not one.
   */
  @Test
  void filesOnDiskLinkLikeTextsInMemory(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("churn-model.yaml");
    Files.writeString(model, "Kind: not-a-spec\n---\n" + MODEL);
    Path config = dir.resolve("churn-serverless.json");
    Files.writeString(config, CONFIG);
    LintInput modelFile = LintInput.file(model, MODEL_FILE);
    LintInput configFile = LintInput.file(config, CONFIG_FILE);

    List<Finding> fromDisk = crossDocument(lint(LintOptions.defaults(), 2, configFile, modelFile));
    assertEquals(1, fromDisk.size(), () -> fromDisk.toString());
    assertEquals("SM401", fromDisk.get(0).rule());
    assertEquals(MODEL_FILE + ":5",
        fromDisk.get(0).related().get(0).file() + ":" + fromDisk.get(0).related().get(0).line());
    List<Finding> mixed = crossDocument(lint(LintOptions.defaults(), 1,
        LintInput.text(MODEL_FILE, "Kind: not-a-spec\n---\n" + MODEL), configFile));
    assertEquals(fromDisk, mixed);
  }

  @Test
  void anIgnoredRuleStaysSilentAcrossDocumentsToo() {
    LintOptions ignore = LintOptions.builder().ignore(List.of("SM401")).build();
    assertEquals(List.of(), crossDocument(lint(ignore, 1,
        LintInput.text(MODEL_FILE, MODEL), LintInput.text(CONFIG_FILE, CONFIG))));
  }

  private static LintResult lint(LintOptions options, int threads, LintInput... inputs) {
    return Linter.create(options).lint(List.of(inputs), threads);
  }

  private static List<Finding> crossDocument(LintResult result) {
    return result.findings().stream().filter(f -> f.rule().startsWith("SM4")).toList();
  }
}
