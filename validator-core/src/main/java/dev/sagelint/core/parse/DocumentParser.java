package dev.sagelint.core.parse;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
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
  /** "(for Object starting at [Source: ...])": without its location, the rest says nothing. */
  private static final Pattern JACKSON_OPENED_AT =
      Pattern.compile("\\s*\\(for \\w+ starting at\\s*\\[Source:.*?\\]\\)");
  /** Jackson's advice to enable one of its reader features, which a sagelint user cannot do. */
  private static final Pattern JACKSON_FEATURE_ADVICE = Pattern.compile(
      ": enable `JsonReadFeature\\.\\w+` to allow|\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)");
  private static final String YAML_CORE_TAG_PREFIX = "tag:yaml.org,2002:";
  /**
   * snakeyaml reads this many characters at a time, and copies its whole look-ahead window each
   * time it reads more while scanning one scalar: with its default of 1024, a 10 MB scalar took
   * about 20 seconds (quadratic). 64 Ki characters makes that a fraction of a second, for 128 KiB
   * per parse.
   */
  private static final int YAML_READ_BUFFER = 64 * 1024;
  /**
   * Most documents in one YAML stream. Each document costs its own validation and result, so
   * without a cap a 16 MiB stream of empty documents ("---" four million times) ran a 256 MiB
   * heap out of memory, under every other limit.
   */
  static final int MAX_DOCUMENTS = 10_000;
  private static final Set<String> CORE_COLLECTION_TAGS = Set.of(
      "!!map", "!!seq", YAML_CORE_TAG_PREFIX + "map", YAML_CORE_TAG_PREFIX + "seq");


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
        .maxNumberLength(YamlScalars.MAX_NUMBER_LENGTH)
        .maxDocumentLength(limits.maxFileBytes())
        .build();
    this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoadSettings yamlSettings = LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
        .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both locations
        .setMaxAliasesForCollections(Integer.MAX_VALUE) // aliases are expanded (and bounded) by us
        .setBufferSize(YAML_READ_BUFFER)
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

  /** Signals that a limit was exceeded; carries the message, how to raise it (if one can), and where. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String hint;
    final Span span;

    LimitExceeded(String message, String hint, Span span) {
      super(message, null, false, false);
      this.hint = hint;
      this.span = span;
    }
  }

  /** How to raise the limit named {@code key} (its name under {@code limits:}), now {@code current}. */
  static String raiseHint(String key, Object current) {
    return Messages.format(DocumentParser.class, "parse.limit.hint", key, current);
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
    private final AliasUses aliasUses = new AliasUses();

    /**
     * Code point indices of the characters outside the BMP (emoji, say), ascending; null when
     * there are none or the source is JSON. The YAML reader counts positions in code points,
     * while offsets into {@link #text} and reported columns are UTF-16 units.
     */
    private final int[] astral;

    Run(SourceFile source) {
      this.source = source;
      this.text = source.text();
      this.yaml = source.format() == Format.YAML;
      this.astral = yaml ? astralCodePoints(text) : null;
    }

    ParseResult parse() {
      try (JsonParser p = yaml
          ? yamlFactory.createParser(ObjectReadContext.empty(), text)
          : jsonFactory.createParser(ObjectReadContext.empty(), text)) {
        parser = p;
        readDocuments();
      } catch (LimitExceeded e) {
        problems.add(problem(InputRuleIds.LIMIT, e.span, e.getMessage(), e.hint));
      } catch (StreamConstraintsException e) {
        problems.add(jacksonLimitProblem(e));
      } catch (JacksonException e) {
        problems.add(yamlCodePointLimit(e) ? sizeLimitProblem() : syntaxProblem(e));
      }
      return new ParseResult(source, documents, problems, aliasUses);
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
        if (documents.size() >= MAX_DOCUMENTS) {
          throw new LimitExceeded(
              Messages.format(DocumentParser.class, "parse.limit.documents", MAX_DOCUMENTS), null,
              spanOf(parser.currentTokenLocation()));
        }
        // Anchors belong to one document; the value budget (nodeCount) to the whole stream, or a
        // file of a million tiny documents would escape it.
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
              raiseHint(ParseLimits.KEY_DEPTH, limits.maxDepth()), spanOf(parser.currentTokenLocation()));
        }
        String anchor = yaml ? ((YAMLParser) parser).getObjectId() : null;
        String tag = yaml ? checkCollectionTag(pointer) : null;
        long before = nodeCount;
        Node node = t == JsonToken.START_OBJECT ? object(depth + 1, pointer, tag) : array(depth + 1, pointer, tag);
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
            raiseHint(ParseLimits.KEY_NODES, limits.maxNodes()), spanOf(parser.currentTokenLocation()));
      }
    }

    private void remember(String anchor, Node node, long countBefore) {
      if (anchor != null) {
        anchors.put(anchor, node);
        anchorWeights.put(anchor, Math.max(1, nodeCount - countBefore));
      }
    }

    private ObjectNode object(int depth, String pointer, String tag) {
      countNode(1);
      TokenStreamLocation start = parser.currentTokenLocation();
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      List<ObjectNode> merges = new ArrayList<>();
      Map<String, Repeat> repeated = null;
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
          if (repeated == null) {
            repeated = new HashMap<>();
          }
          Repeat r = repeated.computeIfAbsent(key, k -> new Repeat(previous.keySpan()));
          r.count++;
          // The first occurrence goes into the related locations, not the message: a position in
          // the message would change the finding's baseline key whenever a line is added above.
          String message = r.count == 2
              ? Messages.format(DocumentParser.class, "parse.duplicate", key)
              : Messages.format(DocumentParser.class, "parse.duplicate.again", key, r.count);
          problems.add(problem(InputRuleIds.DUPLICATE_KEY, childPointer, keySpan, message,
              Messages.format(DocumentParser.class, "parse.duplicate.hint"))
              .withRelated(List.of(Finding.Related.at(source.name(), r.first,
                  Messages.format(DocumentParser.class, "parse.duplicate.first", key)))));
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
      return new ObjectNode(members, span, tag);
    }

    /** A key seen more than once in one object: where it first was, and how often it came. */
    private static final class Repeat {
      final Span first;
      int count = 1;

      Repeat(Span first) {
        this.first = first;
      }
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

    private ArrayNode array(int depth, String pointer, String tag) {
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
      return new ArrayNode(items, closeSpan(start, last), tag);
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
        return alias(start, pointer);
      }
      String textValue = t == JsonToken.VALUE_STRING || t.isNumeric() ? parser.getString() : null;
      Span span = spanBetween(start, parser.currentLocation());
      String raw = text.substring(span.startOffset(), Math.min(text.length(), span.endOffset()));
      countNode(1);
      String anchor = yaml ? ((YAMLParser) parser).getObjectId() : null;
      if (yaml && anchor == null && raw.startsWith("&")) {
        // Jackson reports anchors of collections only: a scalar's (`&h value`) is read here, or
        // every `*h` would be "not defined"; and the value's span and raw text start after it.
        int name = 1;
        while (name < raw.length() && !Character.isWhitespace(raw.charAt(name))) {
          name++;
        }
        anchor = raw.substring(1, name);
        int skip = name;
        while (skip < raw.length() && Character.isWhitespace(raw.charAt(skip))) {
          skip++;
        }
        span = advance(span, raw, skip);
        raw = raw.substring(skip);
      }
      Node node = yaml ? yamlScalar(t, textValue, raw, span, pointer) : jsonScalar(t, raw, span);
      remember(anchor, node, nodeCount - 1);
      return node;
    }

    private Node jsonScalar(JsonToken t, String raw, Span span) {
      Object v;
      try {
        v = switch (t) {
          case VALUE_STRING -> parser.getString();
          case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
          case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
          case VALUE_TRUE -> Boolean.TRUE;
          case VALUE_FALSE -> Boolean.FALSE;
          default -> null;
        };
      } catch (NumberFormatException e) {
        // Jackson refuses an exponent beyond the int range, e.g. 1e99999999999.
        throw unreadableNumber(raw, "its exponent is out of range", span);
      }
      return new ScalarNode(v, raw, null, span);
    }

    /** The value of a plain YAML scalar; a number that cannot be represented ends the parse. */
    private Object resolvePlain(String value, String raw, Span span) {
      try {
        return YamlScalars.resolvePlain(value == null ? "" : value);
      } catch (NumberFormatException e) {
        throw unreadableNumber(raw, e.getMessage(), span);
      }
    }

    private LimitExceeded unreadableNumber(String raw, String reason, Span span) {
      String shown = raw.length() > 40 ? raw.substring(0, 37) + "..." : raw;
      return new LimitExceeded(
          Messages.format(DocumentParser.class, "parse.limit.number", shown, reason), null, span);
    }

    private Node yamlScalar(JsonToken t, String textValue, String raw, Span span, String pointer) {
      String tag = ((YAMLParser) parser).getRawTag();
      String value = textValue != null ? textValue : parser.getString();
      if (tag != null) {
        return taggedScalar(tag, value, raw, span, pointer);
      }
      if (t == JsonToken.VALUE_NULL && value == null || raw.isEmpty()) {
        // Nothing written after the colon is null in YAML 1.2 (ADR 0003), not an empty string:
        // the SDKs refuse null for a string member, where they would send "".
        return new ScalarNode(null, raw, null, span);
      }
      boolean plain = !raw.isEmpty() && "\"'|>".indexOf(raw.charAt(0)) < 0;
      if (!plain) {
        return new ScalarNode(value, raw, null, span);
      }
      return new ScalarNode(resolvePlain(value, raw, span), raw, null, span);
    }

    private Node taggedScalar(String tag, String value, String raw, Span span, String pointer) {
      ScalarNode tagged = new ScalarNode(value, raw, tag, span);
      if (tagged.hasCustomTag()) {
        problems.add(problem(InputRuleIds.YAML_TAG, pointer, span,
            Messages.format(DocumentParser.class, tagKey(tag), tagShown(tag)),
            Messages.format(DocumentParser.class, tagKey(tag) + ".hint")));
        return tagged;
      }
      String core = tag.startsWith(YAML_CORE_TAG_PREFIX) ? tag.substring(YAML_CORE_TAG_PREFIX.length())
          : tag.substring(2);
      Object resolved = switch (core) {
        case "str" -> value;
        case "int", "float", "bool", "null" -> {
          Object r = resolvePlain(value, raw, span);
          yield r instanceof String ? value : r;
        }
        default -> value;
      };
      return new ScalarNode(resolved, raw, tag, span);
    }

    /**
     * A tag on a mapping or sequence ({@code !!python/object:os.system}, {@code !Ref [a]}) is
     * reported like one on a scalar; the collection is read as plain data, never constructed.
     * Returns the custom tag (kept on the node, so a template's {@code !If [...]} is still known to
     * be an intrinsic), or null.
     */
    private String checkCollectionTag(String pointer) {
      String tag = ((YAMLParser) parser).getRawTag();
      if (tag == null || CORE_COLLECTION_TAGS.contains(tag)) {
        return null;
      }
      Span at = spanOf(parser.currentTokenLocation());
      problems.add(problem(InputRuleIds.YAML_TAG, pointer, at,
          Messages.format(DocumentParser.class, tagKey(tag), tagShown(tag)),
          Messages.format(DocumentParser.class, tagKey(tag) + ".hint")));
      return tag;
    }

    private Node alias(TokenStreamLocation start, String pointer) {
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
      aliasUses.add(documentIndex, pointer, new AliasUses.Use(name, span, target.span()));
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

    /**
     * A Jackson read constraint, reported as the sagelint limit it implements. Jackson names the
     * constraint by its getter in the message, which is all it exposes.
     */
    private Finding jacksonLimitProblem(StreamConstraintsException e) {
      String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      Span at = spanOf(locationOf(e));
      if (jackson.contains("MaxNameLength") && !yaml && parser != null) {
        // Raised while or just after the key is read, but before it becomes the current token:
        // report it at its opening quote, the one that follows `{` or `,`.
        int quote = quoteAtOrBefore((int) parser.currentLocation().getCharOffset());
        if (!opensKey(quote)) {
          quote = quoteAtOrBefore(quote - 1);
        }
        at = spanAtOffset(quote);
      }
      if (jackson.contains("MaxStringLength") || jackson.contains("MaxNameLength")) {
        return problem(InputRuleIds.LIMIT, at,
            Messages.format(DocumentParser.class, "parse.limit.string", limits.maxStringLength()),
            raiseHint(ParseLimits.KEY_STRING_LENGTH, limits.maxStringLength()));
      }
      if (jackson.contains("MaxDocumentLength")) {
        return sizeLimitProblem();
      }
      if (jackson.contains("MaxNestingDepth")) {
        return problem(InputRuleIds.LIMIT, at,
            Messages.format(DocumentParser.class, "parse.limit.depth", limits.maxDepth()),
            raiseHint(ParseLimits.KEY_DEPTH, limits.maxDepth()));
      }
      if (jackson.contains("MaxNumberLength")) {
        return problem(InputRuleIds.LIMIT, at,
            Messages.format(DocumentParser.class, "parse.limit.numberlength", YamlScalars.MAX_NUMBER_LENGTH), null);
      }
      return problem(InputRuleIds.LIMIT, at,
          Messages.format(DocumentParser.class, "parse.limit.jackson", clean(jackson)), null);
    }

    /** Text handed in directly (stdin, an editor) is only bounded by the parsers, not the reader. */
    private Finding sizeLimitProblem() {
      return problem(InputRuleIds.LIMIT, Span.FILE,
          Messages.format(DocumentParser.class, "parse.limit.size", limits.maxFileBytes()),
          raiseHint(ParseLimits.KEY_FILE_BYTES, limits.maxFileBytes()));
    }

    private boolean yamlCodePointLimit(JacksonException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof YamlEngineException && c.getMessage() != null
            && c.getMessage().startsWith("The incoming YAML document exceeds the limit")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where a constraint was exceeded. Jackson raises some constraints (string and number length)
     * without a location; the token being read is then the one that is too long.
     */
    private TokenStreamLocation locationOf(StreamConstraintsException e) {
      if (e.getLocation() != null) {
        return e.getLocation();
      }
      return parser == null ? TokenStreamLocation.NA : parser.currentTokenLocation();
    }

    private Span spanOf(TokenStreamLocation loc) {
      return spanBetween(loc, loc);
    }

    private Span spanBetween(TokenStreamLocation from, TokenStreamLocation to) {
      int sl = Math.max(1, from.getLineNr());
      int sc = Math.max(1, utf16Column(from.getCharOffset(), from.getColumnNr()));
      int el = Math.max(sl, to.getLineNr());
      int toColumn = utf16Column(to.getCharOffset(), to.getColumnNr());
      int ec = el == sl ? Math.max(sc, toColumn) : Math.max(1, toColumn);
      int so = Math.max(0, utf16Offset(from.getCharOffset()));
      int eo = Math.max(so, utf16Offset(to.getCharOffset()));
      return new Span(sl, sc, el, ec, so, eo);
    }

    /** The UTF-16 offset of a position the parser gave (code points for YAML). */
    private int utf16Offset(long offset) {
      if (astral == null || offset < 0) {
        return (int) offset;
      }
      return (int) offset + astralBefore(offset);
    }

    /** The UTF-16 column of a 1-based column the parser gave at {@code offset}. */
    private int utf16Column(long offset, int column) {
      if (astral == null || offset < 0 || column < 1) {
        return column;
      }
      return column + astralBefore(offset) - astralBefore(offset - (column - 1));
    }

    private int astralBefore(long codePointIndex) {
      int i = Arrays.binarySearch(astral, (int) Math.min(Integer.MAX_VALUE, codePointIndex));
      return i >= 0 ? i : -i - 1;
    }

    private Finding syntaxProblem(JacksonException e) {
      Span at = spanOf(e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation());
      String message = yaml ? clean(e.getOriginalMessage())
          : JsonSyntaxWords.say(clean(e.getOriginalMessage()));
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof ReaderException r) {
          // A character YAML forbids anywhere (NUL, other C0 controls): the reader knows which
          // and where (in code points), Jackson only says "line 1, column 1".
          return problem(InputRuleIds.SYNTAX, spanAtCodePoint(r.getPosition()),
              Messages.format(DocumentParser.class, "parse.yaml.badchar",
                  String.format("%04X", r.getCodePoint())),
              Messages.format(DocumentParser.class, "parse.yaml.badchar.hint"));
        }
        if (c instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
          Mark mark = m.getProblemMark().get();
          int line = mark.getLine() + 1;
          int column = utf16Column(mark.getIndex(), mark.getColumn() + 1);
          int offset = utf16Offset(mark.getIndex());
          at = new Span(line, column, line, column, offset, offset);
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

    /** The 1-based line and UTF-16 column of the code point at {@code index}. */
    private Span spanAtCodePoint(int index) {
      return spanAtOffset(
          text.offsetByCodePoints(0, Math.max(0, Math.min(index, text.codePointCount(0, text.length())))));
    }

    private boolean opensKey(int quote) {
      int i = quote - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= 0 && (text.charAt(i) == '{' || text.charAt(i) == ',');
    }

    private int quoteAtOrBefore(int offset) {
      int i = Math.max(0, Math.min(offset, text.length() - 1));
      while (i > 0 && !(text.charAt(i) == '"' && text.charAt(i - 1) != '\\')) {
        i--;
      }
      return i;
    }

    /** {@code span} without its first {@code count} characters ({@code raw} is its text). */
    private Span advance(Span span, String raw, int count) {
      int line = span.startLine();
      int column = span.startColumn();
      for (int i = 0; i < count; i++) {
        char c = raw.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n')) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
      return new Span(line, column, span.endLine(), span.endColumn(), span.startOffset() + count,
          span.endOffset());
    }

    /** The 1-based line and UTF-16 column of the character at {@code offset}. */
    private Span spanAtOffset(int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = offset - lineStart + 1;
      return new Span(line, column, line, column + 1, offset, Math.min(text.length(), offset + 1));
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

  private static int[] astralCodePoints(String text) {
    int[] found = null;
    int count = 0;
    int codePoint = 0;
    for (int i = 0; i < text.length(); codePoint++) {
      if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (found == null || count == found.length) {
          found = Arrays.copyOf(found == null ? new int[0] : found, Math.max(16, count * 2));
        }
        found[count++] = codePoint;
        i += 2;
      } else {
        i++;
      }
    }
    return found == null ? null : Arrays.copyOf(found, count);
  }

  /** YAML 1.1's other standard type tags: reported like any tag sagelint does not read, but not called custom. */
  private static final java.util.Set<String> STANDARD_TAGS =
      java.util.Set.of("timestamp", "binary", "set", "omap", "pairs", "merge", "value", "yaml");

  /** A standard tag as written in files ({@code !!timestamp}), not as the parser resolves it. */
  static String tagShown(String tag) {
    return tagKey(tag).endsWith(".standard") && tag.startsWith("tag:yaml.org,2002:")
        ? "!!" + tag.substring(18) : tag;
  }

  /** The message key for an unsupported tag: a standard one ({@code !!timestamp}) is no custom tag. */
  static String tagKey(String tag) {
    String name = tag.startsWith("!!") ? tag.substring(2)
        : tag.startsWith("tag:yaml.org,2002:") ? tag.substring(18) : null;
    return name != null && STANDARD_TAGS.contains(name) ? "parse.yaml.tag.standard" : "parse.yaml.tag";
  }

  /** Removes Jackson's "[Source: ...]" fragments and trailing noise from a parser message. */
  static String clean(String message) {
    if (message == null) {
      return "invalid input";
    }
    String s = JACKSON_START_MARKER.matcher(message).replaceAll("");
    s = JACKSON_OPENED_AT.matcher(s).replaceAll("");
    s = JACKSON_SOURCE.matcher(s).replaceAll("");
    s = JACKSON_FEATURE_ADVICE.matcher(s).replaceAll("")
        .replace("maybe a (non-standard) comment?", "JSON does not allow comments");
    s = s.replace("\n", " ").replaceAll("\\s+", " ").trim();
    return s;
  }
}
