package dev.sagelint.schemas;

import java.util.Locale;
import java.util.Optional;

/**
* The four SageMaker documents sagelint validates, each tied to the botocore shape its schema is
* generated from. The kind name doubles as the schema file's base name ({@code CreateModel.schema.json}).
*/
public enum SchemaKind {
  CREATE_MODEL("CreateModel", "CreateModelInput", Direction.REQUEST),
  CREATE_ENDPOINT_CONFIG("CreateEndpointConfig", "CreateEndpointConfigInput", Direction.REQUEST),
  DESCRIBE_MODEL("DescribeModel", "DescribeModelOutput", Direction.RESPONSE),
  DESCRIBE_ENDPOINT_CONFIG("DescribeEndpointConfig", "DescribeEndpointConfigOutput", Direction.RESPONSE);

  /** Whether a document is sent to AWS or printed by it; titles and tests care, the mapping does not. */
  public enum Direction { REQUEST, RESPONSE }

  private final String kindName;
  private final String rootShape;
  private final Direction direction;

  SchemaKind(String kindName, String rootShape, Direction direction) {
    this.kindName = kindName;
    this.rootShape = rootShape;
    this.direction = direction;
  }

  /** The operation-style name used in file names and on the command line, e.g. {@code CreateModel}. */
  public String kindName() {
    return kindName;
  }

  /** The botocore shape the schema is generated from, e.g. {@code CreateModelInput}. */
  public String rootShape() {
    return rootShape;
  }

  public Direction direction() {
    return direction;
  }

  /** File name of this kind's schema inside a version directory. */
  public String fileName() {
    return kindName + ".schema.json";
  }

  /** Looks a kind up by its name ({@code CreateModel}), case-insensitively, so CLI input can be passed through. */
  public static Optional<SchemaKind> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (SchemaKind kind : values()) {
      if (kind.kindName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
