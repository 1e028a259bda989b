package dev.sagelint.core.internal;

import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.schema.SchemaViolation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudFormation and Terraform hand SageMaker a number or a boolean written as a string ("1",
 * "true") as that number or boolean. For specs from those front ends, a string where the schema
 * wants a number or boolean is converted when it reads as one, so the value is checked as AWS will
 * see it; anything else is left for the schema to report.
 */
final class ScalarConversion {
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,3})?");

  private ScalarConversion() {}

  /** The document with convertible strings converted, or null when there is nothing to convert. */
  static ParsedDocument apply(ParsedDocument view, List<SchemaViolation> violations) {
    Map<String, Node> replacements = new HashMap<>();
    for (SchemaViolation v : violations) {
      if (!v.keyword().equals("type") || !(v.instance() instanceof ScalarNode s)
          || !(s.value() instanceof String text) || v.keywordValue() == null) {
        continue;
      }
      String expected = v.keywordValue().isString() ? v.keywordValue().asString() : "";
      Object converted = switch (expected) {
        case "integer" -> INTEGER.matcher(text).matches() ? new BigInteger(text) : null;
        case "number" -> NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
        case "boolean" -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        default -> null;
      };
      if (converted != null) {
        replacements.put(v.pointer(), new ScalarNode(converted, s.raw(), null, s.span()));
      }
    }
    if (replacements.isEmpty()) {
      return null;
    }
    return new ParsedDocument(view.source(), view.index(), replace(view.root(), "", replacements));
  }

  private static Node replace(Node node, String pointer, Map<String, Node> replacements) {
    Node r = replacements.get(pointer);
    if (r != null) {
      return r;
    }
    if (node instanceof ObjectNode o) {
      LinkedHashMap<String, ObjectNode.Member> members = new LinkedHashMap<>();
      for (ObjectNode.Member m : o.members()) {
        members.put(m.key(), new ObjectNode.Member(m.key(), m.keySpan(),
            replace(m.value(), JsonPointer.child(pointer, m.key()), replacements)));
      }
      return new ObjectNode(members, o.span(), o.tag());
    }
    if (node instanceof ArrayNode a) {
      List<Node> items = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        items.add(replace(a.get(i), JsonPointer.child(pointer, i), replacements));
      }
      return new ArrayNode(items, a.span(), a.tag());
    }
    return node;
  }
}
