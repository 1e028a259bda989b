package dev.sagelint.core.report;

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

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = MAPPER.writer().with(printer);
  }

  private PrettyJson() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static String print(JsonNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }

  /** The mapper for reading JSON this package wrote (baselines). */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
