package dev.sagelint.core.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code enum}, with draft 2020-12's semantics, in place of networknt's own. networknt's validator
 * prints the enum into a message string when the schema is compiled, through
 * {@code JsonNode.toString()}, which initialises a whole {@code JsonMapper}: about 50 ms of CPU on
 * every start, for a message sagelint never shows ({@code ValueNotAllowed} words its own from the
 * schema). Everything else about the keyword is the same: the error's keyword, location and
 * arguments.
 */
final class EnumKeyword implements Keyword {
  static final EnumKeyword INSTANCE = new EnumKeyword();

  private EnumKeyword() {}

  @Override
  public String getValue() {
    return KeywordType.ENUM.getValue();
  }

  @Override
  public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent,
      SchemaContext context) {
    return new Validator(location, schemaNode, parent, context);
  }

  private static final class Validator extends BaseKeywordValidator {
    /** String members, the only kind the generated schemas have, looked up in constant time. */
    private final Set<String> strings = new HashSet<>();
    /** Any other members (numbers, booleans, null, objects, arrays), compared as JSON values. */
    private final List<JsonNode> others = new ArrayList<>();

    Validator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      super(INSTANCE, schemaNode, location, parent, context);
      if (schemaNode.isArray()) {
        for (JsonNode member : schemaNode) {
          if (member.isString()) {
            strings.add(member.asString());
          } else {
            others.add(member);
          }
        }
      }
    }

    @Override
    public void validate(ExecutionContext ctx, JsonNode instance, JsonNode root, NodePath at) {
      if (instance.isString() ? strings.contains(instance.asString()) : containsOther(instance)) {
        return;
      }
      ctx.addError(error()
          .instanceNode(instance)
          .instanceLocation(at)
          .evaluationPath(ctx.getEvaluationPath())
          .locale(ctx.getExecutionConfig().getLocale())
          .arguments(describe())
          .build());
    }

    private boolean containsOther(JsonNode instance) {
      for (JsonNode member : others) {
        if (JsonValues.equal(member, instance)) {
          return true;
        }
      }
      return false;
    }

    /** The members for networknt's message template, quoted like JSON; built only on failure. */
    private String describe() {
      StringBuilder sb = new StringBuilder("[");
      for (JsonNode member : schemaNode) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        if (member.isString()) {
          String text = member.asString();
          sb.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
          // Numbers and booleans print as themselves; null and containers (none are generated)
          // as JSON.
          sb.append(member.isValueNode() && !member.isNull() ? member.asString() : member.toString());
        }
      }
      return sb.append(']').toString();
    }
  }
}
