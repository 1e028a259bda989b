package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, row 8: a file the user named was skipped with exit 0 when it was not a spec. */
class NamedFilesTest {
  private static final Linter LINTER = Linter.create(LintOptions.builder().build());

  private static final String CAMEL = """
      {"modelName": "m",
       "executionRoleArn": "arn:aws:iam::123456789012:role/r",
       "primaryContainer": {"image": "x"}}
      """;

  private static List<String> lint(Linter linter, LintInput input) {
    return linter.lint(List.of(input)).findings().stream()
        .map(f -> f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " "
            + f.rule() + " " + f.severity().label() + " " + f.pointer() + " " + f.message())
        .toList();
  }

  private static LintInput named(String name, String text) {
    return new LintInput(name, null, text, true);
  }

  @Test
  void aNamedCamelCaseSpecSaysWhatItLooksLikeAtItsFirstCamelCaseKey() {
    assertEquals(List.of("1:2-1:13 SM006 warning /modelName This looks like a CreateModel request "
        + "written with camelCase keys (`modelName` is `ModelName` in the SageMaker API), so "
        + "sagelint did not check it."), lint(LINTER, named("m.json", CAMEL)));
  }

  @Test
  void snakeCaseAndResponsesAreRecognisedToo() {
    assertEquals(List.of("2:1-2:10 SM006 warning /model_arn This looks like a DescribeModel response "
        + "written with snake_case keys (`model_arn` is `ModelArn` in the SageMaker API), so "
        + "sagelint did not check it."),
        lint(LINTER, named("d.yaml", "ModelName: m\nmodel_arn: arn:aws:sagemaker:us-east-1:1:model/m\n")));
  }

  @Test
  void theSameFileFoundByADirectoryWalkStaysSilent() {
    assertEquals(List.of(), lint(LINTER, LintInput.text("m.json", CAMEL)));
    assertEquals(List.of(), lint(LINTER, LintInput.text("package.json", "{\"name\": \"x\"}")));
  }

  @Test
  void aNamedFileThatIsNoSpecAtAllSaysWhy() {
    assertEquals(List.of("1:1-1:1 SM007 warning  Nothing in this file was checked: it is not a "
        + "SageMaker request or response, a CloudFormation template, a Terraform file or a plan."),
        lint(LINTER, named("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}")));
    assertEquals(List.of("1:1-1:1 SM007 warning  Nothing in this file was checked: it is empty."),
        lint(LINTER, named("e.yaml", "# nothing yet\n")));
    // Lowercase keys that would not make a spec either are not "camelCase SageMaker".
    assertEquals(List.of("1:1-1:1 SM007 warning  Nothing in this file was checked: it is not a "
        + "SageMaker request or response, a CloudFormation template, a Terraform file or a plan."),
        lint(LINTER, named("values.yaml", "replicaCount: 2\nimage: {repository: nginx}\n")));
  }

  @Test
  void endpointDocumentsAreNotTakenForEndpointConfigs() {
    // They share EndpointConfigName (and, described, ProductionVariants and CreationTime) with an
    // endpoint config; read as one, their own members were SM102 errors.
    String create = "{\"EndpointName\": \"churn\", \"EndpointConfigName\": \"churn-config\"}";
    assertEquals(List.of(), lint(LINTER, LintInput.text("endpoint.json", create)));
    assertEquals(List.of("1:1-1:1 SM007 warning  Nothing in this file was checked (a request on an "
        + "endpoint (CreateEndpoint, UpdateEndpoint or the like), which sagelint does not check)."),
        lint(LINTER, named("endpoint.json", create)));
    assertEquals("sagelint checks the endpoint config an endpoint uses (CreateEndpointConfig) and its "
        + "models, not the request that creates or changes the endpoint.",
        LINTER.lint(List.of(named("endpoint.json", create))).findings().get(0).hint());
    String described = """
        EndpointName: churn
        EndpointArn: arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn
        EndpointConfigName: churn-config
        ProductionVariants: [{VariantName: AllTraffic, CurrentInstanceCount: 1}]
        EndpointStatus: InService
        CreationTime: "2024-05-01T12:34:56.789000+00:00"
        LastModifiedTime: "2024-05-01T12:40:00.000000+00:00"
        """;
    assertEquals(List.of(), lint(LINTER, LintInput.text("endpoint.yaml", described)));
  }

  @Test
  void aNamedTerraformFileWithoutSageMakerResourcesIsCheckedLikeATemplateWithout() {
    // Part of a module: `sagelint infra/*.tf` names variables.tf too, which is no mistake.
    assertEquals(List.of(), lint(LINTER, named("variables.tf",
        "variable \"instance_type\" {\n  default = \"ml.m5.large\"\n}\n")));
    assertEquals(List.of(), lint(LINTER, named("template.yaml",
        "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n")));
  }

  @Test
  void aNamedFileSkippedBeforeParsingSaysWhyToo(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("notes.yaml");
    Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertEquals(List.of("1:1-1:1 SM007 warning  Nothing in this file was checked (not UTF-8, and "
        + "not a SageMaker spec)."), lint(LINTER, LintInput.namedFile(latin1, "notes.yaml")));
    assertEquals(List.of(), lint(LINTER, LintInput.file(latin1, "notes.yaml")));
  }

  @Test
  void aNamedSpecOrTemplateGetsNeither() {
    assertEquals(List.of(), lint(LINTER, named("t.yaml",
        "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")));
    assertEquals(List.of(), lint(LINTER, named("ok.yaml", """
        ModelName: m
        ExecutionRoleArn: arn:aws:iam::123456789012:role/r
        PrimaryContainer:
          Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1
        """)));
  }

  @Test
  void ignoringSm007AsThePreCommitHooksDoKeepsSm006() {
    Linter ignoring = Linter.create(LintOptions.builder().ignore(List.of("SM007")).build());
    assertEquals(List.of(), lint(ignoring, named("package.json", "{\"name\": \"x\"}")));
    assertEquals(1, lint(ignoring, named("m.json", CAMEL)).size());
  }
}
