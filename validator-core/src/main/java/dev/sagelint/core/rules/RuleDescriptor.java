package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registered rule: its {@link RuleInfo} metadata, read once, plus the implementation object
 * (a {@link Rule}, a {@link CrossDocumentRule}, or a metadata-only class for findings that the
 * parser or the schema validator report).
 */
public final class RuleDescriptor {
  private static final Pattern ID = Pattern.compile("SM[0-9]{3}");

  private final RuleInfo info;
  /** Kept apart from {@code info}: every call on an annotation goes through a proxy. */
  private final String id;
  private final Object implementation;
  private final Set<DocumentKind> kinds;
  private final Set<ApiVersion> versions;
  private final Map<ApiVersion, Severity> severityByVersion;

  public RuleDescriptor(Object implementation) {
    this.implementation = implementation;
    this.info = implementation.getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(implementation.getClass() + " lacks @RuleInfo");
    }
    if (!ID.matcher(info.id()).matches()) {
      throw new IllegalArgumentException("malformed rule id " + info.id());
    }
    this.id = info.id();
    this.kinds = info.kinds().length == 0 ? EnumSet.allOf(DocumentKind.class)
        : EnumSet.copyOf(Arrays.asList(info.kinds()));
    this.versions = info.versions().length == 0 ? EnumSet.allOf(ApiVersion.class)
        : EnumSet.copyOf(Arrays.asList(info.versions()));
    Map<ApiVersion, Severity> sev = new EnumMap<>(ApiVersion.class);
    for (ApiVersion v : ApiVersion.values()) {
      sev.put(v, info.severity());
    }
    for (SeverityIn s : implementation.getClass().getAnnotationsByType(SeverityIn.class)) {
      sev.put(s.version(), s.severity());
    }
    this.severityByVersion = Collections.unmodifiableMap(sev);
  }

  public String id() {
    return id;
  }

  public String title() {
    return info.title();
  }

  public Severity defaultSeverity() {
    return info.severity();
  }

  /** The severity under {@code version}, taking {@link SeverityIn} into account. */
  public Severity severityFor(ApiVersion version) {
    return severityByVersion.get(version);
  }

  public Map<ApiVersion, Severity> severityByVersion() {
    return severityByVersion;
  }

  public Set<DocumentKind> kinds() {
    return Collections.unmodifiableSet(kinds);
  }

  public Set<ApiVersion> versions() {
    return Collections.unmodifiableSet(versions);
  }

  public boolean appliesTo(DocumentKind kind, ApiVersion version) {
    return kinds.contains(kind) && versions.contains(version);
  }

  public String description() {
    return info.description().strip();
  }

  public String rationale() {
    return info.rationale().strip();
  }

  public String reference() {
    return info.reference();
  }

  public String evidence() {
    return info.evidence();
  }

  /** Schema keywords this rule's findings replace on the same value (see {@link RuleInfo#supersedes}). */
  public Set<String> supersedes() {
    return Set.of(info.supersedes());
  }

  public String since() {
    return info.since();
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
