package dev.sagelint.core.parse;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Turns JSON or YAML text into located {@link Node} trees, one per document, and reports syntax
 * errors, duplicate keys and exceeded limits as findings instead of throwing. Thread-safe: the
 * factories are immutable and each call builds its own state.
 */
public final class DocumentParser {
  private static final Pattern JACKSON_START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source:.*?\\]\\)");
  private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*\\[Source:.*?\\]");
  private static final String YAML_CORE_TAG_PREFIX = "tag:yaml.org,2002:";


  private final ParseLimits limits;
  private final JsonFactory jsonFactory;
  private final YAMLFactory yamlFactory;

  public DocumentParser(ParseLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        // One more than our own limit, so our check (with its clearer message) fires first.
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(1000)
        .maxDocumentLength(limits.maxFileBytes())
        .build();
    this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoadSettings yamlSettings = LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
        .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both locations
        .setMaxAliasesForCollections(Integer.MAX_VALUE) // aliases are expanded (and bounded) by us
        .build();
    this.yamlFactory =
        YAMLFactory.builder().loadSettings(yamlSettings).streamReadConstraints(constraints).build();
  }

  public DocumentParser() {
    this(ParseLimits.DEFAULT);
  }

  public ParseLimits limits() {
    return limits;
  }

  /** Parses every document of {@code source}. Never throws for bad input. */
  public ParseResult parse(SourceFile source) {
    return new Run(source).parse();
  }

  /** Signals that a limit was exceeded; carries the message and where. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Span span;

    LimitExceeded(String message, Span span) {
      super(message, null, false, false);
      this.span = span;
    }
  }

  /** State of one parse. */
  private final class Run {
    private final SourceFile source;
    private final String text;
    private final boolean yaml;
    private final List<ParsedDocument> documents = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private JsonParser parser;
    private int documentIndex;
    private long nodeCount;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<String, Long> anchorWeights = new HashMap<>();

    Run(SourceFile source) {
      this.source = source;
      this.text = source.text();
      this.yaml = source.format() == Format.YAML;
    }

    ParseResult parse() {
      try (JsonParser p = yaml
          ? yamlFactory.createParser(ObjectReadContext.empty(), text)
          : jsonFactory.createParser(ObjectReadContext.empty(), text)) {
        parser = p;
        readDocuments();
      } catch (LimitExceeded e) {
        problems.add(problem(InputRuleIds.LIMIT, e.span, e.getMessage(), null));
      } catch (StreamConstraintsException e) {
        problems.add(problem(InputRuleIds.LIMIT, spanOf(e.getLocation()),
            Messages.format(DocumentParser.class, "parse.limit.jackson", clean(e.getOriginalMessage())),
            Messages.format(DocumentParser.class, "parse.limit.hint")));
      } catch (JacksonException e) {
        problems.add(syntaxProblem(e));
      }
      return new ParseResult(source, documents, problems);
    }

    private void readDocuments() {
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null && yaml) {
          // Jackson's YAML reader yields one null between documents and two at the end.
          t = parser.nextToken();
        }
        if (t == null) {
          return;
        }
        if (!yaml && !documents.isEmpty()) {
          Span at = spanOf(parser.currentTokenLocation());
          problems.add(problem(InputRuleIds.SYNTAX, at,
              Messages.format(DocumentParser.class, "parse.json.trailing"),
              Messages.format(DocumentParser.class, "parse.json.trailing.hint")));
          return;
        }
        nodeCount = 0;
        anchors.clear();
        anchorWeights.clear();
        Node root = value(t, 0, "");
        documents.add(new ParsedDocument(source, documentIndex++, root));
      }
    }

    private Node value(JsonToken t, int depth, String pointer) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        if (depth >= limits.maxDepth()) {
          throw new LimitExceeded(
              Messages.format(DocumentParser.class, "parse.limit.depth", limits.maxDepth()),
              spanOf(parser.currentTokenLocation()));
        }
        String anchor = yaml ? ((YAMLParser) parser).getObjectId() : null;
        long before = nodeCount;
        Node node = t == JsonToken.START_OBJECT ? object(depth + 1, pointer) : array(depth + 1, pointer);
        remember(anchor, node, before);
        return node;
      }
      return scalar(t, pointer);
    }

    private void countNode(long weight) {
      nodeCount += weight;
      if (nodeCount > limits.maxNodes()) {
        throw new LimitExceeded(
            Messages.format(DocumentParser.class, "parse.limit.nodes", limits.maxNodes()),
            spanOf(parser.currentTokenLocation()));
      }
    }

    private void remember(String anchor, Node node, long countBefore) {
      if (anchor != null) {
        anchors.put(anchor, node);
        anchorWeights.put(anchor, Math.max(1, nodeCount - countBefore));
      }
    }

    private ObjectNode object(int depth, String pointer) {
      countNode(1);
      TokenStreamLocation start = parser.currentTokenLocation();
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      List<ObjectNode> merges = new ArrayList<>();
      Span last = null;
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        Span keySpan = keySpan(parser.currentTokenLocation(), parser.currentLocation());
        boolean mergeKey = yaml && key.equals("<<") && isPlainAt(keySpan);
        JsonToken vt = parser.nextToken();
        String childPointer = JsonPointer.child(pointer, key);
        Node value = value(vt, depth, childPointer);
        last = value.span();
        if (mergeKey && collectMerge(value, merges)) {
          continue;
        }
        ObjectNode.Member previous = members.remove(key);
        if (previous != null) {
          problems.add(problem(InputRuleIds.DUPLICATE_KEY, childPointer, keySpan,
              Messages.format(DocumentParser.class, "parse.duplicate", key,
                  previous.keySpan().startLine(), previous.keySpan().startColumn()),
              Messages.format(DocumentParser.class, "parse.duplicate.hint")));
        }
        members.put(key, new ObjectNode.Member(key, keySpan, value));
      }
      for (ObjectNode merged : merges) {
        // YAML merge keys: explicit members win, earlier merges win over later ones.
        for (ObjectNode.Member m : merged.members()) {
          members.putIfAbsent(m.key(), m);
        }
      }
      Span span = closeSpan(start, last);
      return new ObjectNode(members, span);
    }

    private boolean collectMerge(Node value, List<ObjectNode> merges) {
      if (value instanceof ObjectNode o) {
        merges.add(o);
        return true;
      }
      if (value instanceof ArrayNode a && a.items().stream().allMatch(Node::isObject)) {
        a.items().forEach(i -> merges.add((ObjectNode) i));
        return true;
      }
      return false;
    }

    private ArrayNode array(int depth, String pointer) {
      countNode(1);
      TokenStreamLocation start = parser.currentTokenLocation();
      List<Node> items = new ArrayList<>();
      Span last = null;
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          break;
        }
        Node item = value(t, depth, JsonPointer.child(pointer, items.size()));
        items.add(item);
        last = item.span();
      }
      return new ArrayNode(items, closeSpan(start, last));
    }

    /**
     * The span of a container: JSON ends after its closing bracket; a YAML block collection ends
     * where its last item ends (Jackson places the YAML end token at the next item's start).
     */
    private Span closeSpan(TokenStreamLocation start, Span last) {
      Span open = spanBetween(start, start);
      if (!yaml) {
        return spanBetween(start, parser.currentLocation());
      }
      if (last == null) {
        Span end = spanBetween(start, parser.currentLocation());
        // An empty flow collection ({} or []) ends after its bracket.
        return end.endOffset() >= open.startOffset() ? end : open;
      }
      return open.union(last);
    }

    private Node scalar(JsonToken t, String pointer) {
      TokenStreamLocation start = parser.currentTokenLocation();
      if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
        return alias(start);
      }
      String textValue = t == JsonToken.VALUE_STRING || t.isNumeric() ? parser.getString() : null;
      Span span = spanBetween(start, parser.currentLocation());
      String raw = text.substring(span.startOffset(), Math.min(text.length(), span.endOffset()));
      countNode(1);
      String anchor = yaml ? ((YAMLParser) parser).getObjectId() : null;
      Node node = yaml ? yamlScalar(t, textValue, raw, span, pointer) : jsonScalar(t, raw, span);
      remember(anchor, node, nodeCount - 1);
      return node;
    }

    private Node jsonScalar(JsonToken t, String raw, Span span) {
      Object v = switch (t) {
        case VALUE_STRING -> parser.getString();
        case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
        case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        default -> null;
      };
      return new ScalarNode(v, raw, null, span);
    }

    private Node yamlScalar(JsonToken t, String textValue, String raw, Span span, String pointer) {
      String tag = ((YAMLParser) parser).getRawTag();
      String value = textValue != null ? textValue : parser.getString();
      if (tag != null) {
        return taggedScalar(tag, value, raw, span, pointer);
      }
      if (t == JsonToken.VALUE_NULL && value == null) {
        return new ScalarNode(null, raw, null, span);
      }
      boolean plain = !raw.isEmpty() && "\"'|>".indexOf(raw.charAt(0)) < 0;
      if (!plain) {
        return new ScalarNode(value, raw, null, span);
      }
      return new ScalarNode(YamlScalars.resolvePlain(value == null ? "" : value), raw, null, span);
    }

    private Node taggedScalar(String tag, String value, String raw, Span span, String pointer) {
      ScalarNode tagged = new ScalarNode(value, raw, tag, span);
      if (tagged.hasCustomTag()) {
        problems.add(problem(InputRuleIds.YAML_TAG, pointer, span,
            Messages.format(DocumentParser.class, "parse.yaml.tag", tag),
            Messages.format(DocumentParser.class, "parse.yaml.tag.hint")));
        return tagged;
      }
      String core = tag.startsWith(YAML_CORE_TAG_PREFIX) ? tag.substring(YAML_CORE_TAG_PREFIX.length())
          : tag.substring(2);
      Object resolved = switch (core) {
        case "str" -> value;
        case "int", "float", "bool", "null" -> {
          Object r = YamlScalars.resolvePlain(value == null ? "" : value);
          yield r instanceof String ? value : r;
        }
        default -> value;
      };
      return new ScalarNode(resolved, raw, tag, span);
    }

    private Node alias(TokenStreamLocation start) {
      String name = parser.getString();
      Span span = spanBetween(start, parser.currentLocation());
      Node target = anchors.get(name);
      if (target == null) {
        // snakeyaml-engine rejects unknown aliases before we get here; keep a clear fallback.
        problems.add(problem(InputRuleIds.SYNTAX, span,
            Messages.format(DocumentParser.class, "parse.yaml.alias", name), null));
        return new ScalarNode(null, "*" + name, null, span);
      }
      countNode(anchorWeights.getOrDefault(name, 1L));
      return target;
    }

    /**
     * The span of a key without the {@code :} and blanks that Jackson's JSON reader has already
     * consumed when it reports the key: a caret should sit under the key alone.
     */
    private Span keySpan(TokenStreamLocation from, TokenStreamLocation to) {
      Span span = spanBetween(from, to);
      int start = span.startOffset();
      if (yaml || start >= text.length() || text.charAt(start) != '"') {
        return span;
      }
      int i = start + 1;
      while (i < text.length() && text.charAt(i) != '"') {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      int end = Math.min(text.length(), i + 1);
      return new Span(span.startLine(), span.startColumn(), span.startLine(),
          span.startColumn() + (end - start), start, end);
    }

    private boolean isPlainAt(Span span) {
      return span.startOffset() < text.length() && "\"'".indexOf(text.charAt(span.startOffset())) < 0;
    }

    private Span spanOf(TokenStreamLocation loc) {
      return spanBetween(loc, loc);
    }

    private Span spanBetween(TokenStreamLocation from, TokenStreamLocation to) {
      int sl = Math.max(1, from.getLineNr());
      int sc = Math.max(1, from.getColumnNr());
      int el = Math.max(sl, to.getLineNr());
      int ec = el == sl ? Math.max(sc, to.getColumnNr()) : Math.max(1, to.getColumnNr());
      int so = (int) Math.max(0, from.getCharOffset());
      int eo = (int) Math.max(so, to.getCharOffset());
      return new Span(sl, sc, el, ec, so, eo);
    }

    private Finding syntaxProblem(JacksonException e) {
      Span at = spanOf(e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation());
      String message = clean(e.getOriginalMessage());
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
          Mark mark = m.getProblemMark().get();
          int line = mark.getLine() + 1;
          int column = mark.getColumn() + 1;
          at = new Span(line, column, line, column, mark.getIndex(), mark.getIndex());
          message = yamlMessage(m);
          break;
        }
      }
      if (at.startLine() < 1 || e.getLocation() == null) {
        at = Span.FILE;
      }
      return problem(InputRuleIds.SYNTAX, at,
          Messages.format(DocumentParser.class, yaml ? "parse.yaml.syntax" : "parse.json.syntax", message),
          null);
    }

    private String yamlMessage(MarkedYamlEngineException m) {
      String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
      if (m.getContext() != null && m.getContextMark().isPresent()) {
        Mark c = m.getContextMark().get();
        return problem + " (" + m.getContext() + " at " + (c.getLine() + 1) + ":" + (c.getColumn() + 1) + ")";
      }
      return problem;
    }

    private Finding problem(String rule, Span span, String message, String hint) {
      return problem(rule, "", span, message, hint);
    }

    private Finding problem(String rule, String pointer, Span span, String message, String hint) {
      return Finding.at(rule, Severity.ERROR, message, hint, source.name(), pointer, documentIndex, span, null);
    }
  }

  /** Removes Jackson's "[Source: ...]" fragments and trailing noise from a parser message. */
  static String clean(String message) {
    if (message == null) {
      return "invalid input";
    }
    String s = JACKSON_START_MARKER.matcher(message).replaceAll("");
    s = JACKSON_SOURCE.matcher(s).replaceAll("");
    s = s.replace("\n", " ").replaceAll("\\s+", " ").trim();
    return s;
  }
}
