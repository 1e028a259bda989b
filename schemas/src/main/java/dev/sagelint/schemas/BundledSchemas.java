package dev.sagelint.schemas;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
* Where the generated schemas live on the classpath and which API model versions are bundled.
*
* <p>The version list is a constant rather than a directory scan because classpath directories cannot
* be listed portably (jars, native images). A test checks that it matches the generated {@code json/}
* tree, so adding a model without updating this list fails the build.
*/
public final class BundledSchemas {

  /** Classpath folder the module's {@code json/} directory is packaged under (see the module pom). */
  public static final String RESOURCE_ROOT = "dev/sagelint/schemas/";

  /** Base of every schema's {@code $id}; the rest of the id mirrors the resource path below {@link #RESOURCE_ROOT}. */
  public static final String ID_BASE = "https://sagelint.dev/schemas/";

  /** Bundled model versions (the botocore model's date), oldest first. */
  public static final List<String> VERSIONS = List.of("2021-02-22", "2026-08-07");

  /** Alias accepted wherever a version is expected; resolves to the newest bundled version. */
  public static final String LATEST = "latest";

  /** Classpath resource of the instance-type facts generated from the local-storage reference table. */
  public static final String INSTANCE_TYPES_RESOURCE = RESOURCE_ROOT + "instance-types.json";

  private BundledSchemas() {
  }

  /** The newest bundled version; ISO dates sort lexicographically, and the list is kept sorted. */
  public static String latestVersion() {
    return VERSIONS.get(VERSIONS.size() - 1);
  }

  public static boolean isBundled(String versionOrLatest) {
    return LATEST.equals(versionOrLatest) || VERSIONS.contains(versionOrLatest);
  }

  /**
  * Turns {@code latest} into the newest version and checks that any other value is bundled.
  *
  * @throws IllegalArgumentException naming the bundled versions when the version is unknown
  */
  public static String resolveVersion(String versionOrLatest) {
    if (LATEST.equals(versionOrLatest)) {
      return latestVersion();
    }
    if (!VERSIONS.contains(versionOrLatest)) {
      throw new IllegalArgumentException("Unknown SageMaker model version '" + versionOrLatest
          + "'; bundled versions: " + VERSIONS + " (or '" + LATEST + "')");
    }
    return versionOrLatest;
  }

  /** Classpath resource path, e.g. {@code dev/sagelint/schemas/2026-08-07/CreateModel.schema.json}. */
  public static String resourcePath(String versionOrLatest, SchemaKind kind) {
    return RESOURCE_ROOT + relativePath(resolveVersion(versionOrLatest), kind);
  }

  /**
  * Same as {@link #resourcePath(String, SchemaKind)} for a kind given by name ({@code CreateModel}).
  *
  * @throws IllegalArgumentException when the kind name is unknown
  */
  public static String resourcePath(String versionOrLatest, String kindName) {
    return resourcePath(versionOrLatest, kind(kindName));
  }

  /** The schema's {@code $id}, e.g. {@code https://sagelint.dev/schemas/2026-08-07/CreateModel.schema.json}. */
  public static String schemaId(String versionOrLatest, SchemaKind kind) {
    return ID_BASE + relativePath(resolveVersion(versionOrLatest), kind);
  }

  /** Opens a bundled schema; the caller closes the stream. */
  public static InputStream open(String versionOrLatest, SchemaKind kind) {
    String path = resourcePath(versionOrLatest, kind);
    InputStream in = BundledSchemas.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException("Bundled schema missing from the classpath: " + path));
    }
    return in;
  }

  /** Path below both {@link #RESOURCE_ROOT} and {@link #ID_BASE}; the generator writes files at the same place. */
  public static String relativePath(String version, SchemaKind kind) {
    return version + "/" + kind.fileName();
  }

  /** Folder below a version directory that holds the CloudFormation resource schemas. */
  public static final String CLOUDFORMATION_DIR = "cloudformation";

  /**
  * The {@code $id} of the schema for a CloudFormation resource's {@code Properties}, e.g.
  * {@code https://sagelint.dev/schemas/2026-08-07/cloudformation/AWS-SageMaker-Model.schema.json}, or
  * {@code null} when sagelint has no schema for {@code resourceType} (any type but the SageMaker
  * Model, EndpointConfig and Endpoint).
  *
  * @param apiVersionId a bundled version or {@code latest}
  * @throws IllegalArgumentException when the version is not bundled
  */
  public static String cloudFormationSchemaId(String apiVersionId, String resourceType) {
    String version = resolveVersion(apiVersionId);
    return CloudFormationResource.fromTypeName(resourceType)
        .map(resource -> ID_BASE + cloudFormationRelativePath(version, resource))
        .orElse(null);
  }

  /** The classpath resource of that schema, or {@code null} for an unknown resource type. */
  public static String cloudFormationResourcePath(String apiVersionId, String resourceType) {
    String version = resolveVersion(apiVersionId);
    return CloudFormationResource.fromTypeName(resourceType)
        .map(resource -> RESOURCE_ROOT + cloudFormationRelativePath(version, resource))
        .orElse(null);
  }

  /** Path below both {@link #RESOURCE_ROOT} and {@link #ID_BASE}, e.g. {@code 2026-08-07/cloudformation/AWS-SageMaker-Model.schema.json}. */
  public static String cloudFormationRelativePath(String version, CloudFormationResource resource) {
    return version + "/" + CLOUDFORMATION_DIR + "/" + resource.fileName();
  }

  private static SchemaKind kind(String kindName) {
    return SchemaKind.fromName(kindName).orElseThrow(() -> new IllegalArgumentException(
        "Unknown document kind '" + kindName + "'; expected one of CreateModel, CreateEndpointConfig,"
            + " DescribeModel, DescribeEndpointConfig"));
  }
}
