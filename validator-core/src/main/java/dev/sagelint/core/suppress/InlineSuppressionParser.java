package dev.sagelint.core.suppress;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code # sagelint: ...} comments in a YAML source. JSON has no comments, so JSON sources
 * have none (their suppressions live in the configuration file).
 *
 * <p>A {@code #} only starts a comment outside scalars: {@code Image: "repo#tag # sagelint: x"}
 * holds no directive. The parsed tree knows where every scalar and key is written, so candidate
 * comments inside one are dropped; when parsing failed part-way, later text is still scanned,
 * which is the best one can do with a broken file.
 */
public final class InlineSuppressionParser {
  private static final Pattern DIRECTIVE = Pattern.compile("#[ \\t]*sagelint:[ \\t]*(.*)$");
  private static final Pattern RULE = Pattern.compile("SM[0-9]{1,3}");

  private InlineSuppressionParser() {}

  /** The suppression comments of {@code source}, in source order. */
  public static List<InlineSuppression> parse(SourceFile source, List<ParsedDocument> documents) {
    if (source.format() != Format.YAML || !source.text().contains("sagelint:")) {
      return List.of();
    }
    String text = source.text();
    List<Span> scalarSpans = null;
    List<InlineSuppression> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int lineStart = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = stripCr(lines[i]);
      int hash = commentStart(line);
      if (hash >= 0) {
        Matcher m = DIRECTIVE.matcher(line.substring(hash));
        if (m.matches()) {
          if (scalarSpans == null) {
            scalarSpans = scalarSpans(documents);
          }
          if (!insideAny(scalarSpans, lineStart + hash)) {
            int bodyColumn = hash + m.start(1) + 1;
            out.add(directive(m.group(1), i + 1, hash + 1, bodyColumn, line.length() + 1,
                lineStart, lines, i));
          }
        }
      }
      lineStart += lines[i].length() + 1;
    }
    return out;
  }

  private static InlineSuppression directive(String body, int line, int hashColumn, int bodyColumn,
      int endColumn, int lineStartOffset, String[] lines, int lineIndex) {
    Span whole = span(line, hashColumn, endColumn, lineStartOffset);
    String content = body;
    String reason = "";
    int dashes = content.indexOf("--");
    if (dashes >= 0) {
      reason = content.substring(dashes + 2).trim();
      content = content.substring(0, dashes);
    }
    String trimmed = content.stripTrailing();
    int nameEnd = 0;
    while (nameEnd < trimmed.length() && !Character.isWhitespace(trimmed.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = trimmed.substring(0, nameEnd);
    InlineSuppression.Scope scope = switch (name) {
      case "disable-next-line" -> InlineSuppression.Scope.NEXT_LINE;
      case "disable-file" -> InlineSuppression.Scope.FILE;
      default -> null;
    };
    if (scope == null) {
      return new InlineSuppression(name, null, List.of(), reason, whole, 0,
          new InlineSuppression.Problem("malformed.directive", trimmed, whole));
    }
    List<InlineSuppression.RuleRef> refs = new ArrayList<>();
    int pos = nameEnd;
    for (String token : trimmed.substring(nameEnd).split(",", -1)) {
      int lead = 0;
      while (lead < token.length() && Character.isWhitespace(token.charAt(lead))) {
        lead++;
      }
      String id = token.trim();
      int column = bodyColumn + pos + lead;
      pos += token.length() + 1;
      if (id.isEmpty()) {
        continue;
      }
      Span at = span(line, column, column + id.length(), lineStartOffset);
      if (!RULE.matcher(id).matches()) {
        return new InlineSuppression(name, scope, List.of(), reason, whole, 0,
            new InlineSuppression.Problem("malformed.id", id, at));
      }
      refs.add(new InlineSuppression.RuleRef(id, at));
    }
    if (refs.isEmpty()) {
      return new InlineSuppression(name, scope, List.of(), reason, whole, 0,
          new InlineSuppression.Problem("malformed.rules", name, whole));
    }
    int target = scope == InlineSuppression.Scope.NEXT_LINE ? nextCodeLine(lines, lineIndex) : 0;
    if (scope == InlineSuppression.Scope.NEXT_LINE && target == 0) {
      return new InlineSuppression(name, scope, refs, reason, whole, 0,
          new InlineSuppression.Problem("nothing.below", name, whole));
    }
    return new InlineSuppression(name, scope, refs, reason, whole, target, null);
  }

  private static Span span(int line, int startColumn, int endColumn, int lineStartOffset) {
    return new Span(line, startColumn, line, endColumn, lineStartOffset + startColumn - 1,
        lineStartOffset + endColumn - 1);
  }

  /** The 1-based number of the first line after {@code index} that is neither blank nor a comment. */
  private static int nextCodeLine(String[] lines, int index) {
    for (int j = index + 1; j < lines.length; j++) {
      String t = lines[j].strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return j + 1;
      }
    }
    return 0;
  }

  /** Where a YAML comment could start: a {@code #} at the line start or after a blank. */
  private static int commentStart(String line) {
    int from = 0;
    while (true) {
      int hash = line.indexOf('#', from);
      if (hash < 0) {
        return -1;
      }
      if (hash == 0 || line.charAt(hash - 1) == ' ' || line.charAt(hash - 1) == '\t') {
        if (line.startsWith("sagelint:", skipBlanks(line, hash + 1))) {
          return hash;
        }
      }
      from = hash + 1;
    }
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (offset >= s.startOffset() && offset < s.endOffset()) {
        return true;
      }
    }
    return false;
  }

  /** Spans of every scalar and key; aliases share nodes, so each node is visited once. */
  private static List<Span> scalarSpans(List<ParsedDocument> documents) {
    List<Span> out = new ArrayList<>();
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    documents.forEach(d -> todo.push(d.root()));
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      if (n instanceof ObjectNode o) {
        for (ObjectNode.Member m : o.members()) {
          out.add(m.keySpan());
          todo.push(m.value());
        }
      } else if (n instanceof ArrayNode a) {
        a.items().forEach(todo::push);
      } else {
        out.add(n.span());
      }
    }
    return out;
  }
}
