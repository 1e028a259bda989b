package dev.sagelint.core.baseline;

import dev.sagelint.core.Finding;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.Format;
import dev.sagelint.core.parse.InputRuleIds;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.report.PrettyJson;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a baseline file's JSON, or says in words what is wrong with it: the file as the user
 * named it, then line:column and the reason, as sagelint's own findings put them. Jackson's
 * messages (with "start marker at [Source: REDACTED ...]") are the parser talking to itself.
 */
final class BaselineText {
  private BaselineText() {}

  static JsonNode read(Path file, String shown) throws BaselineException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      throw new BaselineException(shown + ": baseline file not found (create it with --write-baseline)");
    }
    // The spec reader's checks and words: not a regular file, too large, not UTF-8 (with where).
    SourceReader.Outcome outcome = SourceReader.read(file, shown, ParseLimits.DEFAULT, false);
    if (outcome.problem() != null) {
      throw new BaselineException(located(shown, outcome.problem()));
    }
    SourceFile source = new SourceFile(shown, outcome.source().text(), Format.JSON);
    for (Finding p : new DocumentParser(ParseLimits.DEFAULT).parse(source).problems()) {
      if (!p.rule().equals(InputRuleIds.DUPLICATE_KEY)) {
        throw new BaselineException(located(shown, p));
      }
    }
    try {
      return PrettyJson.mapper().readTree(source.text());
    } catch (JacksonException e) {
      // The parser above accepted it; should Jackson still refuse, say where at least.
      var at = e.getLocation();
      return fail(shown + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
          + ": not valid JSON");
    }
  }

  /** What the top level holds, for "expected an object ..., but <found>". */
  static String found(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      return "the file is empty";
    }
    if (!root.isObject()) {
      return "the top level is " + (root.isArray() ? "an array" : "a " + root.getNodeType()
          .name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!root.path("version").isInt()) {
      return root.has("version") ? "\"version\" is not an integer" : "\"version\" is missing";
    }
    return root.has("findings") ? "\"findings\" is not an array" : "\"findings\" is missing";
  }

  private static String located(String shown, Finding p) {
    boolean wholeFile = p.line() == 1 && p.column() == 1 && p.endLine() == 1 && p.endColumn() == 1
        && !p.rule().equals(InputRuleIds.SYNTAX);
    String at = p.line() > 0 && !wholeFile ? ":" + p.line() + ":" + p.column() : "";
    return shown + at + ": cannot read baseline: " + p.message();
  }

  private static JsonNode fail(String message) throws BaselineException {
    throw new BaselineException(message);
  }
}
