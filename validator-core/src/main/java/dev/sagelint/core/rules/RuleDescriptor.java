package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registered rule: its {@link RuleMetadata}, read once, plus the implementation object
 * (a {@link Rule}, a {@link CrossDocumentRule}, or a metadata-only class for findings that the
 * parser or the schema validator report).
 */
public final class RuleDescriptor {
  private static final Pattern ID = Pattern.compile("SM[0-9]{3}");

  private final RuleMetadata meta;
  private final Object implementation;
  /** Read on first use: a lint run never needs it. */
  private volatile RuleDocs docs;

  /** Metadata read from {@code implementation}'s annotations. */
  public RuleDescriptor(Object implementation) {
    this(implementation, RuleMetadata.of(implementation.getClass()));
  }

  RuleDescriptor(Object implementation, RuleMetadata meta) {
    this.implementation = implementation;
    if (meta == null) {
      throw new IllegalArgumentException(implementation.getClass() + " lacks @RuleInfo");
    }
    if (!ID.matcher(meta.id()).matches()) {
      throw new IllegalArgumentException("malformed rule id " + meta.id());
    }
    this.meta = meta;
  }

  public String id() {
    return meta.id();
  }

  public String title() {
    return meta.title();
  }

  public Severity defaultSeverity() {
    return meta.severity();
  }

  /** The severity under {@code version}, taking {@link SeverityIn} into account. */
  public Severity severityFor(ApiVersion version) {
    return meta.severityByVersion().get(version);
  }

  public Map<ApiVersion, Severity> severityByVersion() {
    return meta.severityByVersion();
  }

  public Set<DocumentKind> kinds() {
    return meta.kinds();
  }

  public Set<ApiVersion> versions() {
    return meta.versions();
  }

  public boolean appliesTo(DocumentKind kind, ApiVersion version) {
    return meta.kinds().contains(kind) && meta.versions().contains(version);
  }

  public String description() {
    return docs().description();
  }

  public String rationale() {
    return docs().rationale();
  }

  public String reference() {
    return docs().reference();
  }

  public String evidence() {
    return docs().evidence();
  }

  /** Schema keywords this rule's findings replace on the same value (see {@link RuleInfo#supersedes}). */
  public Set<String> supersedes() {
    return Set.copyOf(meta.supersedes());
  }

  public String since() {
    return meta.since();
  }

  private RuleDocs docs() {
    RuleDocs d = docs;
    if (d == null) {
      d = RuleDocs.of(implementation.getClass()); // idempotent: a race reads it twice, no harm
      docs = d;
    }
    return d;
  }

  public Object implementation() {
    return implementation;
  }

  /** The id's group, e.g. {@code SM3} for {@code SM301}: users filter by prefix. */
  public String group() {
    return id().substring(0, 3);
  }

  /** Relative link to the generated doc page, from the repository root. */
  public String docPath() {
    return "docs/rules/" + id() + ".md";
  }

  @Override
  public String toString() {
    return id() + " " + title();
  }
}
