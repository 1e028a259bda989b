package dev.sagelint.core.internal;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.schema.UnknownMember;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.Set;

/**
 * Describe responses are read, never sent: the SDK's envelope around them ({@code ResponseMetadata}
 * in every boto3 response) is not a mistake, and a member the API model does not know is at most
 * a warning there (a typo, or a member of another API version), never "AWS rejects it".
 */
final class ResponseEnvelope {
  /** Top-level members the SDKs add to a response (boto3 and botocore's ResponseMetadata). */
  private static final Set<String> ENVELOPE = Set.of("ResponseMetadata");
  private static final String UNKNOWN_MEMBER = "additionalProperties";

  private ResponseEnvelope() {}

  /** Whether {@code v} is about the SDK's envelope of a response, not about the response. */
  static boolean ignores(DocumentKind kind, SchemaViolation v) {
    return kind.isResponse() && UNKNOWN_MEMBER.equals(v.keyword()) && v.pointer().isEmpty()
        && ENVELOPE.contains(v.property());
  }

  /** An unknown member of a response, as a warning that does not claim AWS would reject it. */
  static Finding relax(DocumentKind kind, Finding f) {
    if (!kind.isResponse() || !UNKNOWN_MEMBER.equals(f.keyword())) {
      return f;
    }
    String message = Messages.format(UnknownMember.class, "unknown.response", Paths.readable(f.pointer()),
        kind.schemaName());
    return new Finding(f.rule(), Severity.WARNING.compareTo(f.severity()) < 0 ? Severity.WARNING : f.severity(),
        message, f.hint(), f.file(), f.pointer(), f.documentIndex(), f.line(), f.column(), f.endLine(),
        f.endColumn(), f.keyword(), f.related());
  }
}
