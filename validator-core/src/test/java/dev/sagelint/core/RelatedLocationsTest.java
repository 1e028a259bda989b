package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.baseline.Baseline;
import dev.sagelint.core.baseline.Fingerprint;
import dev.sagelint.core.report.JsonRenderer;
import dev.sagelint.core.report.ReportContext;
import dev.sagelint.core.report.SarifRenderer;
import dev.sagelint.core.report.SourceLines;
import dev.sagelint.core.report.TextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 row 7: positions of other places go into related locations, never into messages, so
 * baseline keys and fingerprints survive lines that move.
 */
class RelatedLocationsTest {
  private static final String MODEL = """
      ModelName: churn
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2
        ModelDataSource:
          S3DataSource:
            S3Uri: s3://ml-artifacts-123456789012/churn/model/
            S3DataType: S3Prefix
            CompressionType: None
      """;
  private static final String CONFIG = """
      EndpointConfigName: churn-serverless
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: churn
          ServerlessConfig:
            MemorySizeInMB: 2048
            MaxConcurrency: 5
      """;

  @TempDir
  Path dir;

  private LintResult lint(String model) throws Exception {
    Files.writeString(dir.resolve("m.yaml"), model);
    Files.writeString(dir.resolve("c.yaml"), CONFIG);
    return Linter.create(LintOptions.defaults()).lint(List.of(
        LintInput.file(dir.resolve("m.yaml"), "m.yaml"), LintInput.file(dir.resolve("c.yaml"), "c.yaml")));
  }

  @Test
  void aCrossDocumentFindingNamesTheModelFileAndPointsAtTheMemberThroughARelatedLocation() throws Exception {
    List<Finding> findings = lint(MODEL).findings();
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals("SM401 c.yaml 5:5", f.rule() + " " + f.file() + " " + f.line() + ":" + f.column());
    assertEquals("Variant `AllTraffic` is serverless, but its model `churn` loads its artifacts through "
        + "`ModelDataSource` (m.yaml), which serverless endpoints do not support.", f.message());
    assertEquals(List.of(new Finding.Related("m.yaml", 5, 3, 5, 18,
        "`PrimaryContainer.ModelDataSource` of model `churn`")), f.related());
  }

  @Test
  void sarifJsonAndTextShowTheRelatedLocation() throws Exception {
    LintResult result = lint(MODEL);
    ReportContext context = ReportContext.of(ApiVersion.latest(), SourceLines.none());
    JsonNode sarif = JsonMapper.builder().build().readTree(new SarifRenderer().render(result, context));
    JsonNode related = sarif.at("/runs/0/results/0/relatedLocations/0");
    assertEquals("m.yaml", related.at("/physicalLocation/artifactLocation/uri").asString());
    assertEquals(5, related.at("/physicalLocation/region/startLine").asInt());
    assertEquals(3, related.at("/physicalLocation/region/startColumn").asInt());
    assertEquals("`PrimaryContainer.ModelDataSource` of model `churn`", related.at("/message/text").asString());
    JsonNode json = JsonMapper.builder().build().readTree(new JsonRenderer().render(result, context));
    assertEquals(5, json.at("/findings/0/related/0/line").asInt());
    assertTrue(new TextRenderer().render(result, context).contains(
        "  = see: m.yaml:5:3: `PrimaryContainer.ModelDataSource` of model `churn`\n"));
  }

  @Test
  void aBaselineAndTheFingerprintSurviveALineAddedAboveTheModelMember() throws Exception {
    LintResult before = lint(MODEL);
    Path file = dir.resolve("baseline.json");
    Baseline.of(before, file, dir).write(file);
    LintResult after = lint("# owner: ml-platform\n" + MODEL);
    assertEquals(6, after.findings().get(0).related().get(0).line());
    Baseline.Filtered filtered = Baseline.read(file, dir).filter(after);
    assertEquals(List.of(), filtered.result().findings());
    assertEquals(1, filtered.hidden());
    Finding b = before.findings().get(0);
    Finding a = after.findings().get(0);
    assertEquals(Fingerprint.hash(b, b.file()), Fingerprint.hash(a, a.file()));
  }

  @Test
  void aDuplicateKeyPointsAtTheFirstOneAndCountsEveryRepeat() {
    String text = "ModelName: a\nModelName: b\nExecutionRoleArn: x\nModelName: c\n";
    List<Finding> dup = Linter.create(LintOptions.builder().select(List.of("SM002")).build())
        .lintText("d.yaml", text).findings();
    assertEquals(List.of(
        "2:1 Key `ModelName` appears twice in this object; the AWS CLI and boto3 silently keep only "
            + "the last value. [d.yaml:1:1 first `ModelName`]",
        "4:1 Key `ModelName` appears 3 times in this object; the AWS CLI and boto3 silently keep only "
            + "the last value. [d.yaml:1:1 first `ModelName`]"),
        dup.stream().map(f -> f.line() + ":" + f.column() + " " + f.message() + " " + f.related().stream()
            .map(r -> "[" + r.file() + ":" + r.line() + ":" + r.column() + " " + r.message() + "]").toList()
            .get(0)).toList());
  }
}
