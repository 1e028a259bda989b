package dev.sagelint.core.rules.schema;

import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.schema.Described;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;

/** Schema keywords {@code minItems}, {@code maxItems}, {@code minProperties}, {@code maxProperties}. */
@RuleInfo(
    id = "SM107",
    title = "List or map has too few or too many entries",
    severity = Severity.ERROR,
    description = """
        A list or a map has more or fewer entries than the API allows: an empty \
        `ProductionVariants` list, more than 15 containers in an inference pipeline, more than 50 \
        tags, more than 100 environment variables, more than 16 VPC subnets.""",
    rationale = """
        These sizes are checked by the API on every request. An empty list where one entry is \
        required is usually a template that was never filled in.""")
public final class CollectionSize extends KeywordRuleSupport {
  @Override
  public Set<String> keywords() {
    return Set.of("minItems", "maxItems", "minProperties", "maxProperties");
  }

  @Override
  public Described describe(SchemaViolation v) {
    boolean items = v.keyword().endsWith("Items");
    int count = v.instance() instanceof ArrayNode a ? a.size()
        : v.instance() instanceof ObjectNode o ? o.size() : 0;
    String bounds = items ? StringLength.bounds(v.schema(), "minItems", "maxItems")
        : StringLength.bounds(v.schema(), "minProperties", "maxProperties");
    boolean tooMany = v.keyword().startsWith("max");
    return new Described(v.pointer(), v.document().spanOf(v.pointer()),
        msg(items ? "size.items" : "size.entries", where(v), count, bounds),
        msg(tooMany ? "size.hint.many" : "size.hint.few"));
  }
}
