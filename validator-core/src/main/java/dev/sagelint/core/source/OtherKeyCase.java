package dev.sagelint.core.source;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.KindDetector;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.InputRuleIds;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a request or response written with the SageMaker member names in another case:
 * camelCase as the CDK's L1 props write them ({@code modelName}, {@code primaryContainer}),
 * or snake_case ({@code model_name}). Such a file is not a spec the AWS CLI or boto3 would accept
 * and nothing in it is checked, so for a file the user named, SM006 says so instead of silence.
 */
final class OtherKeyCase {
  private OtherKeyCase() {}

  /** The SM006 finding for {@code doc}, or null when its keys would not make it a spec either. */
  static Finding explain(ParsedDocument doc) {
    if (!(doc.root() instanceof ObjectNode root)) {
      return null;
    }
    Set<String> pascal = new HashSet<>();
    ObjectNode.Member first = null;
    for (ObjectNode.Member m : root.members()) {
      String p = pascalCase(m.key());
      pascal.add(p);
      if (first == null && !p.equals(m.key()) && Character.isLowerCase(m.key().charAt(0))) {
        first = m;
      }
    }
    if (first == null) {
      return null;
    }
    DocumentKind kind = KindDetector.detect(pascal::contains).orElse(null);
    if (kind == null) {
      return null;
    }
    String style = first.key().indexOf('_') >= 0 ? "snake_case" : "camelCase";
    String message = Messages.format(OtherKeyCase.class,
        kind.isResponse() ? "keycase.response" : "keycase.request", kind.schemaName(), style,
        first.key(), pascalCase(first.key()));
    return Finding.at(InputRuleIds.OTHER_KEY_CASE, Severity.WARNING, message,
        Messages.format(OtherKeyCase.class, "keycase.hint"), doc.source().name(),
        JsonPointer.child("", first.key()), doc.index(), first.keySpan(), null);
  }

  /** {@code modelName} and {@code model_name} both become {@code ModelName}. */
  static String pascalCase(String key) {
    StringBuilder out = new StringBuilder(key.length());
    boolean upper = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? String.valueOf(c).toUpperCase(Locale.ROOT) : String.valueOf(c));
        upper = false;
      }
    }
    return out.toString();
  }
}
