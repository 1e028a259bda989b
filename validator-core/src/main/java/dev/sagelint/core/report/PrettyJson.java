package dev.sagelint.core.report;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way sagelint prints JSON (reports, SARIF, baselines): two-space indent, {@code "key": value},
 * {@code \n} line ends on every platform, members in insertion order, and a final newline, so the
 * bytes are the same on every machine and diff well.
 */
public final class PrettyJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER;
  /** The same printer for streaming; it leaves the target open (standard output is not ours). */
  private static final ObjectWriter STREAM_WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = MAPPER.writer().with(printer);
    STREAM_WRITER = WRITER.without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  private PrettyJson() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static String print(JsonNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Streamed {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /**
   * Streams the value {@code body} writes to {@code out}, byte for byte as {@link #print} prints
   * the same tree. Reports use this so that the size of the report is not held in memory: a
   * file with 100,000 findings made a tree and a string of hundreds of MiB.
   */
  public static void stream(Appendable out, Streamed body) throws IOException {
    Writer writer = AppendableWriter.of(out);
    try (JsonGenerator generator = STREAM_WRITER.createGenerator(writer)) {
      body.writeTo(generator);
    } catch (JacksonIOException e) {
      throw e.getCause(); // a full disk is an IOException to the caller, as for the other formats
    }
    writer.write('\n');
    writer.flush();
  }

  /** The mapper for reading JSON this package wrote (baselines). */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
