package dev.sagelint.core;

import java.util.Locale;

/** The SageMaker document shapes sagelint understands; each has one bundled schema per API version. */
public enum DocumentKind {
  CREATE_MODEL("CreateModel"),
  CREATE_ENDPOINT_CONFIG("CreateEndpointConfig"),
  DESCRIBE_MODEL("DescribeModel"),
  DESCRIBE_ENDPOINT_CONFIG("DescribeEndpointConfig");

  private final String schemaName;

  DocumentKind(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The AWS operation-style name, used for schema files and in output ({@code CreateModel}). */
  public String schemaName() {
    return schemaName;
  }

  /** True for CreateModel and DescribeModel: documents that describe a model. */
  public boolean isModel() {
    return this == CREATE_MODEL || this == DESCRIBE_MODEL;
  }

  /** True for CreateEndpointConfig and DescribeEndpointConfig. */
  public boolean isEndpointConfig() {
    return this == CREATE_ENDPOINT_CONFIG || this == DESCRIBE_ENDPOINT_CONFIG;
  }

  /** True for the Describe* responses, which AWS wrote, so request-only rules do not apply. */
  public boolean isResponse() {
    return this == DESCRIBE_MODEL || this == DESCRIBE_ENDPOINT_CONFIG;
  }

  /**
   * Parses {@code CreateModel}, {@code create-model}, {@code create_model} and similar spellings,
   * case-insensitively.
   */
  public static DocumentKind parse(String text) {
    String t = text.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    for (DocumentKind k : values()) {
      if (k.schemaName.toLowerCase(Locale.ROOT).equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown document kind '" + text
            + "' (expected CreateModel, CreateEndpointConfig, DescribeModel or DescribeEndpointConfig)");
  }

  @Override
  public String toString() {
    return schemaName;
  }
}
