package dev.sagelint.core.testing;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What must hold for every finding of every run, whatever the input: the fuzz target, the
 * mutation properties and the broken-input tests all check these. Returns the violations as
 * text (empty when all hold), so a caller can report the input next to them.
 */
public final class FindingInvariants {
  /**
   * An RFC 6901 pointer: empty, or "/" tokens where "~" is always followed by 0 or 1. Possessive,
   * so that a pointer thousands of characters long does not overflow the regex engine's stack.
   */
  private static final Pattern POINTER = Pattern.compile("(?:/(?:[^~/]|~[01])*+)*+");
  private static final Set<String> KNOWN_IDS = RuleCatalog.defaults().all().stream()
      .map(d -> d.id()).collect(Collectors.toUnmodifiableSet());

  private FindingInvariants() {}

  /**
   * Checks every finding of {@code result}, which linted {@code text} as {@code name} with
   * {@code limits}; the text is parsed again to resolve pointers against the documents.
   */
  public static List<String> violations(LintResult result, String name, String text, ParseLimits limits) {
    List<String> out = new ArrayList<>();
    List<ParsedDocument> documents = null;
    for (Finding f : result.findings()) {
      String at = f.rule() + " " + f.line() + ":" + f.column() + " " + f.pointer() + ": ";
      if (!KNOWN_IDS.contains(f.rule())) {
        out.add(at + "rule id not in the catalogue");
      }
      if (f.rule().equals("SM900")) {
        out.add(at + "sagelint failed: " + f.message());
      }
      if (f.line() < 1 || f.column() < 1) {
        out.add(at + "position is not 1-based");
      }
      if (f.endLine() < f.line() || f.endLine() == f.line() && f.endColumn() < f.column()) {
        out.add(at + "ends at " + f.endLine() + ":" + f.endColumn() + ", before it starts");
      }
      if (f.message().isBlank()) {
        out.add(at + "empty message");
      }
      if (!POINTER.matcher(f.pointer()).matches()) {
        out.add(at + "malformed JSON Pointer");
        continue;
      }
      // Input findings (SM0xx) point at text, which need not survive into the tree: a duplicate
      // key inside a member that a later duplicate replaces, say.
      if (f.pointer().isEmpty() || text == null || f.rule().startsWith("SM0")) {
        continue;
      }
      if (Format.detect(name, text) == Format.HCL) {
        // The pointer is into Terraform's JSON configuration form, which the .tf text is not:
        // the position is what can be checked against the text.
        if (f.line() > text.split("\n", -1).length) {
          out.add(at + "line beyond the end of the text");
        }
        continue;
      }
      if (documents == null) {
        documents = new DocumentParser(limits).parse(SourceFile.of(name, text)).documents();
      }
      if (f.documentIndex() >= documents.size()) {
        out.add(at + "names document " + f.documentIndex() + " of " + documents.size());
        continue;
      }
      if (!resolves(documents.get(f.documentIndex()), f.pointer())) {
        out.add(at + "pointer neither resolves nor names a missing member of an existing object");
      }
    }
    return out;
  }

  /** The pointer names a node, or a member that an existing object lacks. */
  static boolean resolves(ParsedDocument doc, String pointer) {
    if (doc.at(pointer) != null) {
      return true;
    }
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    return doc.at(parent) instanceof ObjectNode && JsonPointer.tokens(pointer).size() > 0;
  }
}
