package dev.sagelint.schemas.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
* Writes JSON the same way on every machine: 2-space indentation, one array element per line (long enums
* then diff line by line), {@code "key": value}, LF line ends, a trailing newline, and key order exactly as
* inserted (callers decide the order; nothing is re-sorted here).
*/
final class CanonicalJson {

  private static final String LF = "\n";

  private final ObjectWriter writer;

  CanonicalJson(JsonMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", LF);
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.writer = mapper.writer().with(printer);
  }

  String toText(JsonNode node) {
    return writer.writeValueAsString(node) + LF;
  }

  /** Writes {@code node} to {@code file} as UTF-8, creating parent directories. */
  void write(JsonNode node, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, toText(node), StandardCharsets.UTF_8);
  }
}
