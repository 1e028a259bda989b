package dev.sagelint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.parse.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which unchanged specs {@code --changed-since} adds for the cross-document rules. */
class RelatedSpecsTest {
  @TempDir
  Path dir;

  private List<FileCollector.CollectedFile> candidates;

  private static String model(String name) {
    return "ModelName: " + name + "\nExecutionRoleArn: arn:aws:iam::123456789012:role/R\n"
        + "PrimaryContainer:\n  Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1\n";
  }

  private static String endpointConfig(String name, String... models) {
    StringBuilder sb = new StringBuilder("EndpointConfigName: " + name + "\nProductionVariants:\n");
    for (String m : models) {
      sb.append("  - VariantName: v-").append(m).append("\n    ModelName: ").append(m).append('\n');
    }
    return sb.toString();
  }

  @BeforeEach
  void files() throws IOException {
    write("models/a.yaml", model("a"));
    write("models/b.yaml", model("b"));
    write("models/c.yaml", model("c"));
    write("ecs/x.yaml", endpointConfig("x", "a"));
    write("ecs/y.yaml", endpointConfig("y", "b"));
    write("ecs/z.yaml", endpointConfig("z", "a", "b"));
    // Names model d only in its shadow variants: still a user of d.
    write("ecs/shadow.json", "{\"EndpointConfigName\": \"s\", \"ProductionVariants\": [], "
        + "\"ShadowProductionVariants\": [{\"VariantName\": \"s\", \"ModelName\": \"d\"}]}");
    // A model and the endpoint config that uses it, in one YAML stream.
    write("stack.yaml", model("d") + "---\n" + endpointConfig("w", "c"));
    // Mentions ModelName but is no spec; and a broken file.
    write("notes.json", "{\"ModelName\": \"a\"}");
    write("broken.yaml", "ModelName: [a\n");
    candidates = new FileCollector(dir, dir, List.of(), List.of()).collect(List.of(".")).files();
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private RelatedSpecs.Selection select(boolean withRelated, String... changed) {
    Set<String> names = Set.of(changed);
    return RelatedSpecs.select(candidates, f -> names.contains(f.displayName()),
        ParseLimits.DEFAULT, withRelated);
  }

  private static List<String> related(RelatedSpecs.Selection s) {
    return s.related().stream().map(r -> r.file().displayName() + ": " + r.because()).toList();
  }

  @Test
  void aChangedModelBringsItsEndpointConfigsAndTheOtherModelsThoseUse() {
    RelatedSpecs.Selection s = select(true, "models/a.yaml");
    assertEquals(List.of("models/a.yaml"),
        s.changed().stream().map(FileCollector.CollectedFile::displayName).toList());
    assertEquals(List.of(
        "ecs/x.yaml: uses model `a`, defined in changed models/a.yaml",
        "ecs/z.yaml: uses model `a`, defined in changed models/a.yaml",
        "models/b.yaml: defines model `b`, used by ecs/z.yaml"), related(s));
    assertEquals(List.of("ecs/x.yaml", "ecs/z.yaml", "models/a.yaml", "models/b.yaml"),
        s.files(candidates).stream().map(FileCollector.CollectedFile::displayName).toList());
  }

  @Test
  void aChangedEndpointConfigBringsTheModelsItUsesAndNothingElse() {
    assertEquals(List.of("models/b.yaml: defines model `b`, used by ecs/y.yaml"),
        related(select(true, "ecs/y.yaml")));
    assertEquals(List.of("stack.yaml: defines model `d`, used by ecs/shadow.json"),
        related(select(true, "ecs/shadow.json")));
  }

  @Test
  void aFileWithBothKindsLinksBothWays() {
    assertEquals(List.of("ecs/shadow.json: uses model `d`, defined in changed stack.yaml",
        "models/c.yaml: defines model `c`, used by stack.yaml"), related(select(true, "stack.yaml")));
  }

  @Test
  void nothingIsAddedForFilesThatAreNotSpecsOrWhenAsked() {
    assertEquals(List.of(), related(select(true, "notes.json", "broken.yaml")));
    assertEquals(List.of(), related(select(false, "models/a.yaml")));
    assertEquals(List.of(), related(select(true)));
    assertEquals(List.of("models/a.yaml"), select(false, "models/a.yaml").files(candidates).stream()
        .map(FileCollector.CollectedFile::displayName).toList());
  }

  /** A template: a model resource and an endpoint config resource that links to it. */
  private static String template(String modelName, String variantModel) {
    return "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"
        + "  Model:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
        + (modelName == null ? "" : "      ModelName: " + modelName + "\n")
        + "      ExecutionRoleArn: !GetAtt Role.Arn\n"
        + "      PrimaryContainer:\n        Image: !Sub '${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/x:1'\n"
        + "  Config:\n    Type: AWS::SageMaker::EndpointConfig\n    Properties:\n"
        + "      ProductionVariants:\n        - VariantName: primary\n"
        + "          ModelName: " + variantModel + "\n"
        + "          InitialInstanceCount: 1\n          InstanceType: ml.m5.large\n";
  }

  /** Adds files to the ones of {@link #files} and collects the candidates again. */
  private void add(String name, String text) throws IOException {
    write(name, text);
    candidates = new FileCollector(dir, dir, List.of(), List.of()).collect(List.of(".")).files();
  }

  @Test
  void aSelfContainedTemplateIsLintedAloneAndAddsNothing() throws IOException {
    // Linked by !GetAtt inside the template, no literal names: nothing to look for elsewhere.
    add("stacks/inference.yaml", template(null, "!GetAtt Model.ModelName"));
    // Mentions ModelName, has short-form tags, and no SageMaker resource.
    add("stacks/outputs.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
        + "Outputs:\n  Name:\n    Value: !GetAtt Model.ModelName\n");
    // Broken template structure: Resources is a list.
    add("stacks/broken.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\n"
        + "Resources:\n  - ModelName: a\n");
    RelatedSpecs.Selection s = select(true, "stacks/inference.yaml", "stacks/outputs.yaml",
        "stacks/broken.yaml");
    assertEquals(List.of("stacks/broken.yaml", "stacks/inference.yaml", "stacks/outputs.yaml"),
        s.changed().stream().map(FileCollector.CollectedFile::displayName).sorted().toList());
    assertEquals(List.of(), related(s));
  }

  @Test
  void literalModelNamesLinkTemplatesAndRequestFilesBothWays() throws IOException {
    // The template's model resource names its model; a request file's endpoint config uses it.
    add("stacks/shared.yaml", template("shared-model", "!GetAtt Model.ModelName"));
    add("ecs/uses-shared.yaml", endpointConfig("u", "shared-model"));
    // A template whose endpoint config resource names a model defined in a request file.
    add("stacks/uses-b.json", "{\"Resources\": {\"Config\": {\"Type\": "
        + "\"AWS::SageMaker::EndpointConfig\", \"Properties\": {\"ProductionVariants\": "
        + "[{\"VariantName\": \"v\", \"ModelName\": \"b\"}]}}}}");

    assertEquals(List.of("ecs/uses-shared.yaml: uses model `shared-model`, defined in changed "
        + "stacks/shared.yaml"), related(select(true, "stacks/shared.yaml")));
    assertEquals(List.of("stacks/shared.yaml: defines model `shared-model`, used by "
        + "ecs/uses-shared.yaml"), related(select(true, "ecs/uses-shared.yaml")));
    assertEquals(List.of("models/b.yaml: defines model `b`, used by stacks/uses-b.json"),
        related(select(true, "stacks/uses-b.json")));
    assertEquals(List.of("ecs/y.yaml: uses model `b`, defined in changed models/b.yaml",
        "ecs/z.yaml: uses model `b`, defined in changed models/b.yaml",
        "models/a.yaml: defines model `a`, used by ecs/z.yaml",
        "stacks/uses-b.json: uses model `b`, defined in changed models/b.yaml"),
        related(select(true, "models/b.yaml")));
  }
}
