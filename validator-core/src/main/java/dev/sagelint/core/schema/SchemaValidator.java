package dev.sagelint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.schemas.BundledSchemas;
import dev.sagelint.schemas.SchemaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against the bundled, generated JSON Schemas with networknt, and turns each
 * failure into a {@link SchemaViolation} located in our tree. Schemas are compiled lazily, once per
 * (API version, kind), and shared across threads.
 */
public final class SchemaValidator {
  /** The {@code $id} prefix of every generated schema. */
  public static final String ID_PREFIX = BundledSchemas.ID_BASE;
  static final String CLASSPATH_PREFIX = ClasspathOnlyResourceLoader.CLASSPATH + BundledSchemas.RESOURCE_ROOT;

  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  public SchemaValidator() {
    this(ID_PREFIX, CLASSPATH_PREFIX, SchemaValidator.class.getClassLoader());
  }

  /**
   * The validator of the bundled schemas, shared by every {@link dev.sagelint.core.Linter} of the
   * process: the schemas never change, so each is compiled once per JVM (a Maven build linting
   * many modules compiles them once, not once per module).
   */
  public static SchemaValidator bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final SchemaValidator INSTANCE = new SchemaValidator();
  }

  /** For tests: map another id prefix onto (another) class path. */
  SchemaValidator(String idPrefix, String classpathPrefix, ClassLoader loader) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .regularExpressionFactory(WholeValueRegexFactory.INSTANCE)
        .pathType(PathType.JSON_POINTER)
        .build();
    // Draft 2020-12 as networknt ships it, but for enum (see EnumKeyword).
    Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(EnumKeyword.INSTANCE).build();
    this.registry = SchemaRegistry.withDefaultDialect(dialect, b -> b
        .schemaRegistryConfig(config)
        .nodeReader(StreamingSchemaReader.INSTANCE)
        .schemaLoader(schemaLoader -> schemaLoader
            .fetchRemoteResources(false)
            // The gate: only our own ids and class-path resources; any other $ref (http, file...)
            // fails here, before a loader could open a connection or a file.
            .allow(iri -> iri.toString().startsWith(idPrefix)
                || iri.toString().startsWith(ClasspathOnlyResourceLoader.CLASSPATH))
            .schemaIdResolvers(ids -> ids.mapPrefix(idPrefix, classpathPrefix))
            .resourceLoaders(res -> res.values(list -> {
              list.clear();
              list.add(new ClasspathOnlyResourceLoader(loader));
            }))));
  }

  /** The {@code $id} of the schema for {@code kind} under {@code version}. */
  public static String schemaId(ApiVersion version, DocumentKind kind) {
    return BundledSchemas.schemaId(version.id(), SchemaKind.valueOf(kind.name()));
  }

  /**
   * The {@code $id} of the schema for the {@code Properties} of a CloudFormation resource of
   * {@code resourceType} (e.g. {@code AWS::SageMaker::Model}) under {@code version}, to pass to
   * {@link #validate(ParsedDocument, String)}; {@code null} for a type sagelint has no schema for.
   */
  public static String cloudFormationSchemaId(ApiVersion version, String resourceType) {
    return BundledSchemas.cloudFormationSchemaId(version.id(), resourceType);
  }

  /** The classpath resource of that schema, for {@code sagelint schema}. */
  public static String schemaResource(ApiVersion version, DocumentKind kind) {
    return BundledSchemas.resourcePath(version.id(), SchemaKind.valueOf(kind.name()));
  }

  /** Validates {@code document} as {@code kind}; returns violations in document order. */
  public List<SchemaViolation> validate(ParsedDocument document, DocumentKind kind, ApiVersion version) {
    return validate(document, schemaId(version, kind));
  }

  /**
   * Validates against the schema with the given {@code $id}.
   *
   * @throws SchemaLoadException when the schema (or a {@code $ref} in it) is not bundled
   */
  public List<SchemaViolation> validate(ParsedDocument document, String schemaId) {
    Schema schema = schema(schemaId);
    JsonNode instance = TreeConverter.toJackson(document.root());
    List<Error> errors = schema.validate(instance);
    List<SchemaViolation> out = new ArrayList<>(errors.size());
    JsonNode root = schema.getSchemaNode();
    for (Error e : errors) {
      out.add(translate(e, document, root));
    }
    return out;
  }

  private Schema schema(String id) {
    try {
      return compiled.computeIfAbsent(id, key -> {
        Schema s = registry.getSchema(SchemaLocation.of(key));
        s.initializeValidators(); // resolve every $ref now, so load failures surface here
        return s;
      });
    } catch (RuntimeException e) {
      throw new SchemaLoadException(id, e);
    }
  }

  private static SchemaViolation translate(Error e, ParsedDocument document, JsonNode schemaRoot) {
    String pointer = pointer(e.getInstanceLocation());
    NodePath fragment = e.getSchemaLocation().getFragment();
    List<String> schemaPath = new ArrayList<>();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      schemaPath.add(String.valueOf(fragment.getElement(i)));
    }
    String keyword = e.getKeyword();
    // A failure inside propertyNames is about a map key, whatever keyword failed there.
    int names = schemaPath.lastIndexOf("propertyNames");
    if (names >= 0) {
      keyword = "propertyNames";
      schemaPath = schemaPath.subList(0, names + 1);
    }
    JsonNode keywordValue = deref(schemaRoot, at(schemaRoot, schemaPath));
    JsonNode parent = schemaPath.isEmpty() ? schemaRoot : at(schemaRoot, schemaPath.subList(0, schemaPath.size() - 1));
    String property = e.getProperty();
    if (names >= 0 && property == null) {
      property = lastToken(pointer);
    }
    return new SchemaViolation(keyword, pointer, property, document.at(pointer), keywordValue, parent,
        document, e.getMessage());
  }

  private static String lastToken(String pointer) {
    List<String> tokens = JsonPointer.tokens(pointer);
    return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
  }

  /** Follows local {@code $ref}s ({@code #/$defs/X}) so rules see the constraint itself. */
  private static JsonNode deref(JsonNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 16 && current != null && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith("#/")) {
        break;
      }
      current = at(root, JsonPointer.tokens(ref.substring(1)));
    }
    return current;
  }

  private static JsonNode at(JsonNode root, List<String> path) {
    JsonNode n = root;
    for (String token : path) {
      if (n == null) {
        return null;
      }
      n = n.isArray() ? n.get(Integer.parseInt(token)) : n.get(token);
    }
    return n;
  }

  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(element instanceof Integer ? element.toString()
          : JsonPointer.escape(String.valueOf(element)));
    }
    return sb.toString();
  }
}
