package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Schema keyword {@code propertyNames}: keys of maps such as {@code Environment}. */
@RuleInfo(
    id = "SM109",
    title = "Map key is not allowed",
    severity = Severity.ERROR,
    description = """
        A key of a map member does not fit the key shape the API defines. The common case is an \
        environment variable name in `Environment` with a dash, a dot or a leading digit \
        (`MODEL-NAME`, `1ST_VAR`), which the API refuses; keys that are too long are reported too.""",
    rationale = """
        AWS validates map keys like any other string and rejects the whole request. Environment \
        variable names must also be valid for the container's shell, which is why the API is strict.""")
public final class InvalidMapKey extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("propertyNames");
  }

  @Override
  public Described describe(SchemaViolation v) {
    String key = v.property();
    String mapPointer = v.pointer();
    String keyPointer = mapPointer.endsWith("/" + JsonPointer.escape(key)) ? mapPointer
        : JsonPointer.child(mapPointer, key);
    String map = keyPointer.substring(0, keyPointer.lastIndexOf('/'));
    JsonNode names = v.keywordValue();
    String rule = describeKeyShape(names);
    return new Described(keyPointer, v.document().keySpanOf(keyPointer),
        msg("mapkey", key, Paths.readable(map), rule), null);
  }

  private static String describeKeyShape(JsonNode names) {
    if (names == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    JsonNode pattern = names.get("pattern");
    if (pattern != null) {
      String p = pattern.asString();
      p = p.startsWith("^(?:") && p.endsWith(")$") ? p.substring(4, p.length() - 2) : p;
      sb.append(msg("mapkey.pattern", p));
    }
    JsonNode max = names.get("maxLength");
    if (max != null) {
      sb.append(msg("mapkey.max", max.asString()));
    }
    return sb.toString();
  }
}
