package dev.sagelint.schemas.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import dev.sagelint.schemas.BundledSchemas;
import dev.sagelint.schemas.SchemaKind;
import tools.jackson.databind.JsonNode;

/**
* networknt validation against the schemas as they ship: loaded from the classpath by their {@code $id},
* draft 2020-12, JDK regular expressions (networknt's default), JSON Pointer instance locations.
*/
public final class BundledValidator {

  private static final Map<Boolean, SchemaRegistry> REGISTRIES = new ConcurrentHashMap<>();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private BundledValidator() {
  }

  /** Validates with format assertions off, as 2020-12 specifies by default. */
  public static List<Error> validate(String version, SchemaKind kind, JsonNode document) {
    return schema(version, kind, false).validate(document);
  }

  /** Validates with {@code format} asserted (a linter may opt into this for timestamps). */
  public static List<Error> validateWithFormats(String version, SchemaKind kind, JsonNode document) {
    return schema(version, kind, true).validate(document);
  }

  /** Validates against the bundled schema with this {@code $id} (e.g. a CloudFormation view), formats not asserted. */
  public static List<Error> validate(String schemaId, JsonNode document) {
    return SCHEMAS.computeIfAbsent(schemaId + "|false", key -> registry(false).getSchema(SchemaLocation.of(schemaId)))
        .validate(document);
  }

  public static Schema schema(String version, SchemaKind kind, boolean assertFormats) {
    String id = BundledSchemas.schemaId(version, kind);
    return SCHEMAS.computeIfAbsent(id + "|" + assertFormats,
        key -> registry(assertFormats).getSchema(SchemaLocation.of(id)));
  }

  private static SchemaRegistry registry(boolean assertFormats) {
    return REGISTRIES.computeIfAbsent(assertFormats, formats -> SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(formats)
                .build())
            .schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                BundledSchemas.ID_BASE, "classpath:" + BundledSchemas.RESOURCE_ROOT))));
  }
}
