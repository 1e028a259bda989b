package dev.sagelint.core.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import dev.sagelint.schemas.JsonTreeReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * networknt's schema reader for the bundled schemas (JSON only): {@link JsonTreeReader}, which
 * builds the same tree as networknt's default reader without the {@code JsonMapper} that reader
 * initialises, about a sixth of a one-file run's CPU (docs/performance.md).
 */
public final class StreamingSchemaReader implements NodeReader {
  public static final StreamingSchemaReader INSTANCE = new StreamingSchemaReader();

  private StreamingSchemaReader() {}

  @Override
  public JsonNode readTree(String content, InputFormat format) {
    return readTree(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format);
  }

  @Override
  public JsonNode readTree(InputStream in, InputFormat format) {
    if (format != InputFormat.JSON) {
      // Only our generated JSON schemas are ever read; instances go through TreeConverter.
      throw new IllegalArgumentException("bundled schemas are JSON, not " + format);
    }
    return JsonTreeReader.read(in);
  }
}
