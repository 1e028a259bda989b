package dev.sagelint.schemas.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.sagelint.schemas.BundledSchemas;
import dev.sagelint.schemas.CloudFormationResource;
import dev.sagelint.schemas.SageMakerRegions;
import dev.sagelint.schemas.SchemaKind;
import tools.jackson.databind.json.JsonMapper;

/**
* Generates the bundled JSON Schemas and the instance-type facts from the botocore SageMaker models.
*
* <pre>
* SchemaGenerator &lt;modelsDir&gt; &lt;outputDir&gt; [&lt;local-storage-instance-types.tsv&gt;]
* </pre>
*
* For every {@code botocore-sagemaker-<version>.service-2.json} in {@code modelsDir} it writes
* {@code <outputDir>/<version>/<Kind>.schema.json} for each {@link SchemaKind},
* {@code <outputDir>/<version>/cloudformation/<Type>.schema.json} for each {@link CloudFormationResource}
* (from {@code <modelsDir>/cloudformation/}), the Terraform mapping
* {@code <outputDir>/terraform/aws-sagemaker.mapping.json} (from {@code <modelsDir>/terraform/}),
* {@code <outputDir>/regions/sagemaker-regions.json} (from the AWS SDK's endpoint data on the class path,
* see {@link SageMakerRegionsGenerator}) and {@code <outputDir>/instance-types.json}. The TSV defaults to {@code <modelsDir>/../reference/...}, which is
* where the shared checkout keeps it. Output is byte-for-byte deterministic so a test can detect staleness.
*/
public final class SchemaGenerator {

  public static final String INSTANCE_TYPES_FILE = "instance-types.json";
  public static final String DEFAULT_TSV = "../reference/local-storage-instance-types.tsv";
  /** Folder of the CloudFormation resource schemas inside the models folder. */
  public static final String CLOUDFORMATION_DIR = "cloudformation";

  private SchemaGenerator() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SchemaGenerator <modelsDir> <outputDir> [<local-storage-instance-types.tsv>]");
      System.exit(2);
    }
    Path modelsDir = Path.of(args[0]);
    Path outputDir = Path.of(args[1]);
    Path tsv = args.length == 3 ? Path.of(args[2]) : defaultTsv(modelsDir);
    List<Path> written = generate(modelsDir, outputDir, tsv);
    for (Path file : written) {
      System.out.println("wrote " + file);
    }
  }

  /** The view of one CloudFormation resource under one API model; see {@link CloudFormationViewBuilder}. */
  static CloudFormationViewBuilder.View cloudFormationView(BotocoreModel model, CloudFormationResource resource,
      Path cloudFormationDir, JsonMapper mapper) {
    Path file = cloudFormationDir.resolve(resource.resourceSchemaFile());
    return CloudFormationViewBuilder.build(model, resource, CloudFormationResourceSchema.read(file, mapper));
  }

  /** The TSV location used when none is given: {@code <modelsDir>/../reference/local-storage-instance-types.tsv}. */
  public static Path defaultTsv(Path modelsDir) {
    return modelsDir.resolve(DEFAULT_TSV).normalize();
  }

  /**
  * Writes every schema and the instance-type facts into {@code outputDir} (created if needed) and returns
  * the written files in a stable order. Existing files are overwritten; unrelated files are left alone.
  *
  * @throws IllegalArgumentException when {@code modelsDir} holds no model files
  */
  public static List<Path> generate(Path modelsDir, Path outputDir, Path instanceTypesTsv) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    CanonicalJson json = new CanonicalJson(mapper);

    List<BotocoreModel> models = new ArrayList<>();
    for (Path file : BotocoreModel.findModelFiles(modelsDir)) {
      models.add(BotocoreModel.read(file, mapper));
    }
    if (models.isEmpty()) {
      throw new IllegalArgumentException("No botocore-sagemaker-<version>.service-2.json files in " + modelsDir);
    }

    List<Path> written = new ArrayList<>();
    for (BotocoreModel model : models) {
      for (SchemaKind kind : SchemaKind.values()) {
        Path file = outputDir.resolve(BundledSchemas.relativePath(model.version(), kind));
        json.write(SchemaDocumentBuilder.build(model, kind), file);
        written.add(file);
      }
    }
    Path cfnDir = modelsDir.resolve(CLOUDFORMATION_DIR);
    for (BotocoreModel model : models) {
      for (CloudFormationResource resource : CloudFormationResource.values()) {
        Path file = outputDir.resolve(BundledSchemas.cloudFormationRelativePath(model.version(), resource));
        json.write(cloudFormationView(model, resource, cfnDir, mapper).schema(), file);
        written.add(file);
      }
    }
    if (Files.isRegularFile(modelsDir.resolve(TerraformMappingGenerator.INPUT))) {
      Path file = outputDir.resolve(TerraformMappingGenerator.OUTPUT);
      json.write(TerraformMappingGenerator.build(modelsDir, models, mapper), file);
      written.add(file);
    }
    Path regions = outputDir.resolve(SageMakerRegions.RELATIVE_PATH);
    json.write(SageMakerRegionsGenerator.build(), regions);
    written.add(regions);
    if (!Files.isRegularFile(instanceTypesTsv)) {
      throw new IllegalArgumentException("Instance-type table not found: " + instanceTypesTsv
          + " (pass its path as the third argument)");
    }
    Path facts = outputDir.resolve(INSTANCE_TYPES_FILE);
    json.write(InstanceTypeFactsGenerator.build(models, instanceTypesTsv), facts);
    written.add(facts);
    return written;
  }
}
