package dev.sagelint.core.rules.schema;

import java.util.List;

/** One rule per JSON Schema keyword family (SM1xx). */
public final class SchemaRules {
  private SchemaRules() {}

  public static List<Object> all() {
    return List.of(new MissingRequiredMember(), new UnknownMember(), new WrongType(),
        new ValueNotAllowed(), new PatternMismatch(), new StringLength(), new CollectionSize(),
        new NumberOutOfRange(), new InvalidMapKey(), new OtherSchemaViolation(),
        new NumberNotAsWritten(), new TimestampNotAccepted());
  }
}
