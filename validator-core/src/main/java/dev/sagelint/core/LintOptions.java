package dev.sagelint.core;

import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.suppress.SuppressionEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that shapes a lint run, independent of any front-end. The CLI and the Maven plugin
 * both build one of these from their own options and configuration file.
 *
 * @param apiVersion the service model version to check against
 * @param kind forces every document to be linted as this kind, instead of detecting it
 * @param region the target AWS region, for region-aware rules
 * @param account the AWS account the specs are deployed with (12 digits), for account-aware rules;
 *     given on the command line or as a Maven parameter, it takes precedence over the
 *     configuration file and over what a rule infers from the specs
 * @param limits parse limits
 * @param select rule ids or id prefixes to run; empty means all
 * @param ignore rule ids or id prefixes never to report
 * @param rules per-rule settings keyed by id or id prefix (the longest matching key wins)
 * @param suppressions suppressions from the configuration file, for specs that cannot carry
 *     comments (JSON); comment suppressions in YAML need no option
 */
public record LintOptions(
    ApiVersion apiVersion,
    Optional<DocumentKind> kind,
    Optional<String> region,
    Optional<String> account,
    ParseLimits limits,
    List<String> select,
    List<String> ignore,
    Map<String, RuleSetting> rules,
    List<SuppressionEntry> suppressions) {

  /** Rules that report broken input; a rule selection cannot hide them, only an explicit ignore. */
  private static final List<String> ALWAYS_SELECTED = List.of("SM001", "SM003", "SM004", "SM900");

  public LintOptions {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    rules = Map.copyOf(rules);
    suppressions = List.copyOf(suppressions);
  }

  public static LintOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether findings of {@code ruleId} are reported at all. */
  public boolean isEnabled(String ruleId) {
    if (ignore.stream().anyMatch(ruleId::startsWith)) {
      return false;
    }
    if (!select.isEmpty() && select.stream().noneMatch(ruleId::startsWith)
        && !ALWAYS_SELECTED.contains(ruleId)) {
      return false;
    }
    return setting(ruleId).enabled();
  }

  /** The most specific setting for {@code ruleId}: exact id, then the longest matching prefix. */
  public RuleSetting setting(String ruleId) {
    RuleSetting best = RuleSetting.DEFAULT;
    int bestLength = -1;
    for (Map.Entry<String, RuleSetting> e : rules.entrySet()) {
      if (ruleId.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return best;
  }

  /** Drops findings of disabled rules and applies severity overrides, keeping the order. */
  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (isEnabled(f.rule())) {
        out.add(setting(f.rule()).severity().map(f::withSeverity).orElse(f));
      }
    }
    return out;
  }

  /** Builder with defaults: latest API version, detected kinds, no region, default limits. */
  public static final class Builder {
    private ApiVersion apiVersion = ApiVersion.latest();
    private DocumentKind kind;
    private String region;
    private String account;
    private ParseLimits limits = ParseLimits.DEFAULT;
    private final List<String> select = new ArrayList<>();
    private final List<String> ignore = new ArrayList<>();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private final List<SuppressionEntry> suppressions = new ArrayList<>();

    public Builder apiVersion(ApiVersion v) {
      this.apiVersion = v;
      return this;
    }

    public Builder kind(DocumentKind k) {
      this.kind = k;
      return this;
    }

    public Builder region(String r) {
      this.region = r == null || r.isBlank() ? null : r.trim();
      return this;
    }

    public Builder account(String a) {
      this.account = a == null || a.isBlank() ? null : a.trim();
      return this;
    }

    public Builder limits(ParseLimits l) {
      this.limits = l;
      return this;
    }

    public Builder select(List<String> ids) {
      select.addAll(ids);
      return this;
    }

    public Builder ignore(List<String> ids) {
      ignore.addAll(ids);
      return this;
    }

    public Builder rule(String idOrPrefix, RuleSetting setting) {
      rules.put(idOrPrefix, setting);
      return this;
    }

    public Builder suppressions(List<SuppressionEntry> entries) {
      suppressions.addAll(entries);
      return this;
    }

    public LintOptions build() {
      return new LintOptions(apiVersion, Optional.ofNullable(kind), Optional.ofNullable(region),
          Optional.ofNullable(account), limits, select, ignore, rules, suppressions);
    }
  }
}
