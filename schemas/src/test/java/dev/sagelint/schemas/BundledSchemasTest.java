package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sagelint.schemas.generator.BotocoreModel;
import dev.sagelint.schemas.support.TestPaths;

class BundledSchemasTest {

  @Test
  void resourcePathsFollowTheClasspathLayout() {
    assertEquals("dev/sagelint/schemas/2026-08-07/CreateModel.schema.json", BundledSchemas.resourcePath("2026-08-07", "CreateModel"));
    assertEquals("dev/sagelint/schemas/2021-02-22/DescribeEndpointConfig.schema.json",
        BundledSchemas.resourcePath("2021-02-22", SchemaKind.DESCRIBE_ENDPOINT_CONFIG));
    assertEquals(BundledSchemas.resourcePath("2026-08-07", "createendpointconfig"),
        BundledSchemas.resourcePath("latest", SchemaKind.CREATE_ENDPOINT_CONFIG));
    assertEquals("https://sagelint.dev/schemas/2026-08-07/DescribeModel.schema.json",
        BundledSchemas.schemaId("latest", SchemaKind.DESCRIBE_MODEL));
  }

  @Test
  void latestIsTheNewestVersion() {
    assertEquals(List.of("2021-02-22", "2026-08-07"), BundledSchemas.VERSIONS);
    assertEquals("2026-08-07", BundledSchemas.latestVersion());
    assertEquals("2026-08-07", BundledSchemas.resolveVersion("latest"));
    assertTrue(BundledSchemas.isBundled("latest"));
    assertFalse(BundledSchemas.isBundled("2024-01-01"));
  }

  @Test
  void unknownVersionsAndKindsAreRejectedWithTheAlternatives() {
    IllegalArgumentException version = assertThrows(IllegalArgumentException.class,
        () -> BundledSchemas.resourcePath("2024-01-01", SchemaKind.CREATE_MODEL));
    assertTrue(version.getMessage().contains("2021-02-22"), version.getMessage());
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
        () -> BundledSchemas.resourcePath("latest", "DeleteModel"));
    assertTrue(kind.getMessage().contains("CreateModel"), kind.getMessage());
  }

  @Test
  void everyBundledSchemaIsOnTheClasspath() throws IOException {
    for (String version : BundledSchemas.VERSIONS) {
      for (SchemaKind kind : SchemaKind.values()) {
        try (InputStream in = BundledSchemas.open(version, kind)) {
          assertNotNull(in);
          assertTrue(in.readAllBytes().length > 100, version + " " + kind);
        }
      }
    }
    assertNotNull(getClass().getClassLoader().getResource(BundledSchemas.INSTANCE_TYPES_RESOURCE));
  }

  @Test
  void versionListMatchesTheGeneratedDirectories() throws IOException {
    List<String> dirs = new ArrayList<>();
    try (Stream<Path> children = Files.list(TestPaths.committedJsonDir())) {
      // terraform/ holds the provider mapping and regions/ the SageMaker regions, not model versions
      children.filter(Files::isDirectory)
          .filter(d -> !List.of("terraform", "regions").contains(d.getFileName().toString()))
          .forEach(d -> dirs.add(d.getFileName().toString()));
    }
    dirs.sort(null);
    assertEquals(BundledSchemas.VERSIONS, dirs, "update BundledSchemas.VERSIONS when adding or removing a model");
  }

  @Test
  void versionListMatchesTheSharedModels() throws IOException {
    List<String> versions = new ArrayList<>();
    for (Path file : BotocoreModel.findModelFiles(TestPaths.modelsDirOrSkip())) {
      versions.add(BotocoreModel.versionOf(file));
    }
    assertEquals(BundledSchemas.VERSIONS, versions);
  }

  @Test
  void cloudFormationSchemaIdsFollowTheLayoutAndUnknownTypesHaveNone() throws IOException {
    assertEquals("https://sagelint.dev/schemas/2026-08-07/cloudformation/AWS-SageMaker-Model.schema.json",
        BundledSchemas.cloudFormationSchemaId("2026-08-07", "AWS::SageMaker::Model"));
    assertEquals("https://sagelint.dev/schemas/2021-02-22/cloudformation/AWS-SageMaker-EndpointConfig.schema.json",
        BundledSchemas.cloudFormationSchemaId("2021-02-22", "AWS::SageMaker::EndpointConfig"));
    assertEquals(BundledSchemas.cloudFormationSchemaId("2026-08-07", "AWS::SageMaker::Endpoint"),
        BundledSchemas.cloudFormationSchemaId("latest", "AWS::SageMaker::Endpoint"));
    assertEquals("dev/sagelint/schemas/2026-08-07/cloudformation/AWS-SageMaker-Endpoint.schema.json",
        BundledSchemas.cloudFormationResourcePath("latest", "AWS::SageMaker::Endpoint"));
    for (String other : List.of("AWS::S3::Bucket", "AWS::SageMaker::NotebookInstance", "aws::sagemaker::model", "")) {
      assertNull(BundledSchemas.cloudFormationSchemaId("latest", other), other);
      assertNull(BundledSchemas.cloudFormationResourcePath("latest", other), other);
    }
    assertThrows(IllegalArgumentException.class,
        () -> BundledSchemas.cloudFormationSchemaId("2024-01-01", "AWS::SageMaker::Model"));
    for (String version : BundledSchemas.VERSIONS) {
      for (CloudFormationResource resource : CloudFormationResource.values()) {
        String path = BundledSchemas.cloudFormationResourcePath(version, resource.typeName());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
          assertNotNull(in, path);
          assertTrue(in.readAllBytes().length > 1000, path);
        }
      }
    }
  }

  @Test
  void kindsAreFoundByNameIgnoringCase() {
    assertEquals(SchemaKind.DESCRIBE_ENDPOINT_CONFIG, SchemaKind.fromName(" describeEndpointConfig ").orElseThrow());
    assertTrue(SchemaKind.fromName("CreateEndpoint").isEmpty());
    assertEquals("CreateModel.schema.json", SchemaKind.CREATE_MODEL.fileName());
  }
}
