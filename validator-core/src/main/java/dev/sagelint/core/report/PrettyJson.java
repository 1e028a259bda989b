package dev.sagelint.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TreeNode;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way sagelint prints JSON (reports, SARIF, baselines): two-space indent, {@code "key": value},
 * {@code \n} line ends on every platform, members in insertion order, and a final newline, so the
 * bytes are the same on every machine and diff well.
 *
 * <p>Printing goes through jackson-core's generator alone, trees included ({@link Context#writeTree}):
 * a jackson-databind {@code JsonMapper} costs a one-file run ~0.1 s of start-up to build
 * (docs/performance.md), and reports need none of what it offers. Only reading a baseline builds
 * one, and only then ({@link #mapper()}).
 */
public final class PrettyJson {
  /**
   * Leaves the target open (standard output is not ours to close), and a report that fails
   * halfway unfinished: with AUTO_CLOSE_CONTENT the generator would close the open arrays and
   * objects, and a CI step would upload a well-formed SARIF file that lacks findings.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .build();
  private static final DefaultPrettyPrinter PRINTER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private PrettyJson() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static String print(JsonNode node) {
    StringWriter out = new StringWriter();
    try {
      stream(out, g -> g.writeTree(node));
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Streamed {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /**
   * Streams the value {@code body} writes to {@code out}, followed by a newline. Reports use this
   * so that the size of the report is not held in memory: a file with 100,000 findings made a
   * tree and a string of hundreds of MiB.
   */
  public static void stream(Appendable out, Streamed body) throws IOException {
    Writer writer = AppendableWriter.of(out);
    try (JsonGenerator generator = FACTORY.createGenerator(new Context(), writer)) {
      body.writeTo(generator);
    } catch (JacksonIOException e) {
      throw e.getCause(); // a full disk is an IOException to the caller, as for the other formats
    }
    writer.write('\n');
    writer.flush();
  }

  /** The mapper for reading JSON this package wrote (baselines); built on first use. */
  public static JsonMapper mapper() {
    return MapperHolder.MAPPER;
  }

  private static final class MapperHolder {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  /** Our printer for every generator, and trees written node by node. */
  private static final class Context extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRINTER.createInstance(); // stateful (the nesting level): one per generator
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public void writeTree(JsonGenerator g, TreeNode tree) {
      write(g, (JsonNode) tree);
    }

    private static void write(JsonGenerator g, JsonNode node) {
      switch (node.getNodeType()) {
        case OBJECT -> {
          g.writeStartObject();
          for (Map.Entry<String, JsonNode> e : node.properties()) {
            g.writeName(e.getKey());
            write(g, e.getValue());
          }
          g.writeEndObject();
        }
        case ARRAY -> {
          g.writeStartArray();
          for (JsonNode item : node) {
            write(g, item);
          }
          g.writeEndArray();
        }
        case STRING -> g.writeString(node.stringValue());
        case BOOLEAN -> g.writeBoolean(node.booleanValue());
        case NULL, MISSING -> g.writeNull();
        case NUMBER -> writeNumber(g, node);
        default -> throw new IllegalArgumentException("cannot print a " + node.getNodeType() + " node");
      }
    }

    private static void writeNumber(JsonGenerator g, JsonNode n) {
      switch (n.numberType()) {
        case INT -> g.writeNumber(n.intValue());
        case LONG -> g.writeNumber(n.longValue());
        case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
        case FLOAT -> g.writeNumber(n.floatValue());
        case DOUBLE -> g.writeNumber(n.doubleValue());
        default -> g.writeNumber(n.decimalValue());
      }
    }
  }
}
