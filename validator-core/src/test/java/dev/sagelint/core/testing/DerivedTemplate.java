package dev.sagelint.core.testing;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParseResult;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.source.cloudformation.CloudFormationTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudFormation template derived mechanically from a request fixture, so every request fixture
 * also tests the CloudFormation front end. The request body becomes the {@code Properties} of a
 * resource of the matching type, written so that each line of the request keeps its text:
 *
 * <ul>
 *   <li>JSON: {@code {"Resources":{"R":{"Type":"AWS::SageMaker::Model","Properties":} is put in
 *       front of the first line and {@code }}}} after the last, so only columns on line 1 move;
 *   <li>YAML: a four-line header, then every line of the body indented by six spaces under
 *       {@code Properties:}; the documents of a multi-document file become resources {@code R0},
 *       {@code R1}... of one template, so a config still names its model by literal name.
 * </ul>
 *
 * {@link #map} moves a finding of the request into the template: pointer under
 * {@code /Resources/<id>/Properties}, line and column shifted, message prefixed with the label the
 * front end gives the resource. Derivation is refused (empty) for what has no template equivalent;
 * {@link #refusal} says why.
 */
public final class DerivedTemplate {
  static final int YAML_INDENT = 6;
  private static final String YAML_HEADER_LINES = "  %s:\n    Type: %s\n    Properties:\n";

  private final String text;
  private final String name;
  private final Map<Integer, String> logicalIds;
  private final Map<String, DocumentKind> kinds;
  /** Per line of the request (1-based): its line in the template, and how far its columns move. */
  private final int[] newLine;
  private final int[] columnShift;

  private DerivedTemplate(String text, String name, Map<Integer, String> logicalIds,
      Map<Integer, DocumentKind> kindsByDocument, int[] newLine, int[] columnShift) {
    this.text = text;
    this.name = name;
    this.logicalIds = logicalIds;
    Map<String, DocumentKind> k = new HashMap<>();
    logicalIds.forEach((document, id) -> k.put(id, kindsByDocument.get(document)));
    this.kinds = Map.copyOf(k);
    this.newLine = newLine;
    this.columnShift = columnShift;
  }

  public String text() {
    return text;
  }

  /** The template's display name ({@code SM201/bad-pipeline.cfn.yaml}). */
  public String name() {
    return name;
  }

  /** The logical ids of the resources, by document index of the request fixture. */
  public Map<Integer, String> logicalIds() {
    return logicalIds;
  }

  /** The request kind of a resource of the template. */
  public DocumentKind kindOf(String logicalId) {
    return kinds.get(logicalId);
  }

  /**
   * The text of a request file, or null when its bytes are the point (not UTF-8, a byte order
   * mark): such a fixture tests the reader, which templates share, not the front end.
   */
  public static String readRequest(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The template derived from a fixture, or empty (see {@link #refusal(Fixture)}). */
  public static Optional<DerivedTemplate> of(Fixture fixture) {
    return derive(fixture) instanceof DerivedTemplate t ? Optional.of(t) : Optional.empty();
  }

  /** Why a fixture has no derived template, or null when it has one. */
  public static String refusal(Fixture fixture) {
    return derive(fixture) instanceof String why ? why : null;
  }

  private static Object derive(Fixture fixture) {
    if (fixture.options().kind().isPresent()) {
      return REFUSED_FORCED_KIND;
    }
    return derive(fixture.toString(), readRequest(fixture.file()));
  }

  /** Refusal reasons; the test's table of differences gives each its justification. */
  public static final String REFUSED_BYTES = "its bytes are the point (encoding, byte order mark)";
  public static final String REFUSED_LINE_ENDS = "its line ends are the point";
  public static final String REFUSED_TEMPLATE = "already a template";
  public static final String REFUSED_NOT_A_REQUEST = "no SageMaker request in it";
  public static final String REFUSED_RESPONSE = "a Describe response";
  public static final String REFUSED_FORCED_KIND = "forces a kind with .options";
  public static final String REFUSED_YAML_FRAMING =
      "YAML framing a template cannot keep (directive, content on a --- line)";

  /** A DerivedTemplate, or the reason there is none. */
  private static Object derive(String requestName, String text) {
    if (text == null) {
      return REFUSED_BYTES;
    }
    if (text.indexOf('\r') >= 0) {
      return REFUSED_LINE_ENDS;
    }
    ParseResult parsed = new DocumentParser().parse(SourceFile.of(requestName, text));
    if (parsed.documents().stream().anyMatch(CloudFormationTemplates::claims)) {
      return REFUSED_TEMPLATE;
    }
    Map<Integer, DocumentKind> kinds = new HashMap<>();
    for (ParsedDocument d : parsed.documents()) {
      KindDetector.detect(d.root()).ifPresent(k -> kinds.put(d.index(), k));
    }
    if (kinds.isEmpty()) {
      return REFUSED_NOT_A_REQUEST;
    }
    if (kinds.values().stream().anyMatch(DocumentKind::isResponse)) {
      return REFUSED_RESPONSE;
    }
    String[] lines = text.split("\n", -1);
    int[] newLine = new int[lines.length + 2];
    int[] shift = new int[lines.length + 2];
    String base = requestName.replaceAll("\\.(json|ya?ml)$", "");
    if (requestName.endsWith(".json")) {
      if (parsed.documents().size() != 1) {
        return "not one JSON document";
      }
      String prefix = "{\"Resources\":{\"R\":{\"Type\":\"" + type(kinds.get(0))
          + "\",\"Properties\":";
      for (int i = 1; i <= lines.length; i++) {
        newLine[i] = i;
      }
      shift[1] = prefix.length();
      String body = text.endsWith("\n") ? text : text + "\n";
      return new DerivedTemplate(prefix + body + "}}}\n", base + ".cfn.json", Map.of(0, "R"),
          kinds, newLine, shift);
    }
    return yaml(base + ".cfn.yaml", lines, kinds, newLine, shift);
  }

  private static Object yaml(String name, String[] lines, Map<Integer, DocumentKind> kinds,
      int[] newLine, int[] shift) {
    boolean multi = kinds.size() > 1;
    StringBuilder out = new StringBuilder("Resources:\n");
    int written = 1;
    int document = 0;
    boolean content = false;
    boolean open = false;
    Map<Integer, String> ids = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("%")) {
        return REFUSED_YAML_FRAMING;
      }
      if (line.equals("---") || line.startsWith("--- ") || line.equals("...")) {
        if (line.startsWith("--- ") && !line.substring(4).strip().startsWith("#")) {
          return REFUSED_YAML_FRAMING;
        }
        if (content && !line.equals("...")) {
          document++;
          content = false;
          open = false;
        }
        continue;
      }
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        content = true;
      }
      DocumentKind kind = kinds.get(document);
      if (kind == null) {
        continue;
      }
      if (!open) {
        String id = multi ? "R" + document : "R";
        ids.put(document, id);
        out.append(String.format(YAML_HEADER_LINES, id, type(kind)));
        written += 3;
        open = true;
      }
      if (line.isEmpty()) {
        out.append('\n');
      } else {
        out.append(" ".repeat(YAML_INDENT)).append(line).append('\n');
      }
      written++;
      newLine[i + 1] = written;
      shift[i + 1] = YAML_INDENT;
    }
    return new DerivedTemplate(out.toString(), name, Map.copyOf(ids), kinds, newLine, shift);
  }

  private static String type(DocumentKind kind) {
    return switch (kind) {
      case CREATE_MODEL -> "AWS::SageMaker::Model";
      case CREATE_ENDPOINT_CONFIG -> "AWS::SageMaker::EndpointConfig";
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }

  /**
   * The request finding as the template front end should report it; null when it cannot move.
   * Locations the message quotes move too: {@code (bad.yaml:4)} (another spec's line, in
   * cross-document messages) and {@code first at 1:1} (a duplicate key's first occurrence).
   *
   * @param requestName the name the request was linted under
   */
  public Finding map(Finding f, String requestName) {
    String id = logicalIds.get(f.documentIndex());
    if (id == null || f.line() < 1 || f.line() >= newLine.length || newLine[f.line()] == 0) {
      return null;
    }
    int endLine = f.endLine();
    int endColumn = f.endColumn();
    if (endLine >= 1 && endLine < newLine.length && newLine[endLine] != 0) {
      endColumn += columnShift[endLine];
      endLine = newLine[endLine];
    }
    String message = mapLocations(f.message(), requestName);
    return new Finding(f.rule(), f.severity(), "resource `" + id + "`: " + message, f.hint(),
        name, "/Resources/" + id + "/Properties" + f.pointer(), 0, newLine[f.line()],
        f.column() + columnShift[f.line()], endLine, endColumn, f.keyword());
  }

  private static final Pattern FIRST_AT = Pattern.compile("first at (\\d+):(\\d+)");

  private String mapLocations(String message, String requestName) {
    Matcher file = Pattern.compile("\\(" + Pattern.quote(requestName) + ":(\\d+)\\)").matcher(message);
    StringBuilder out = new StringBuilder();
    while (file.find()) {
      int line = Integer.parseInt(file.group(1));
      file.appendReplacement(out, Matcher.quoteReplacement("(" + name + ":" + newLine[line] + ")"));
    }
    file.appendTail(out);
    // Messages name the other file without a line since places moved to related locations.
    String named = out.toString().replace("(" + requestName + ")", "(" + name + ")");
    Matcher first = FIRST_AT.matcher(named);
    StringBuilder out2 = new StringBuilder();
    while (first.find()) {
      int line = Integer.parseInt(first.group(1));
      int column = Integer.parseInt(first.group(2)) + columnShift[line];
      first.appendReplacement(out2, "first at " + newLine[line] + ":" + column);
    }
    first.appendTail(out2);
    return out2.toString();
  }
}
