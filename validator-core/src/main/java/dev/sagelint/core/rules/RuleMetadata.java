package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lint run needs of a rule class's {@link RuleInfo} and {@link SeverityIn} annotations, as
 * plain values: read by reflection ({@link #of}) or from the build-time {@link RuleIndex}, which
 * spares a CLI run the annotation parsing (docs/performance.md). The prose (description,
 * rationale...) is not here: only docs, {@code explain} and SARIF need it ({@link RuleDocs}).
 *
 * @param severityByVersion the severity under every API version, {@link SeverityIn} applied
 */
public record RuleMetadata(
    String id,
    String title,
    Severity severity,
    Set<DocumentKind> kinds,
    Set<ApiVersion> versions,
    List<String> supersedes,
    String since,
    Map<ApiVersion, Severity> severityByVersion) {

  public RuleMetadata {
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    versions = Collections.unmodifiableSet(EnumSet.copyOf(versions));
    supersedes = List.copyOf(supersedes);
    severityByVersion = Collections.unmodifiableMap(new EnumMap<>(severityByVersion));
  }

  /** Reads the annotations of {@code type}; null when it has no {@link RuleInfo}. */
  public static RuleMetadata of(Class<?> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      return null;
    }
    Map<ApiVersion, Severity> sev = new EnumMap<>(ApiVersion.class);
    for (ApiVersion v : ApiVersion.values()) {
      sev.put(v, info.severity());
    }
    for (SeverityIn s : type.getAnnotationsByType(SeverityIn.class)) {
      sev.put(s.version(), s.severity());
    }
    return new RuleMetadata(info.id(), info.title(), info.severity(),
        info.kinds().length == 0 ? EnumSet.allOf(DocumentKind.class) : EnumSet.copyOf(Arrays.asList(info.kinds())),
        info.versions().length == 0 ? EnumSet.allOf(ApiVersion.class)
            : EnumSet.copyOf(Arrays.asList(info.versions())),
        Arrays.asList(info.supersedes()), info.since(), sev);
  }
}
