package dev.sagelint.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule sagelint has, in id order. Each rule package keeps its own list (so adding a rule
 * touches one package); this class joins them and refuses duplicate ids.
 */
public final class RuleCatalog {
  private static final RuleCatalog DEFAULT = new RuleCatalog(BuiltInRules.all(), RuleIndex.load());

  private final Map<String, RuleDescriptor> byId;

  public RuleCatalog(List<?> implementations) {
    this(implementations, Map.of());
  }

  /** With metadata from {@code index} where it has the class, from the annotations elsewhere. */
  RuleCatalog(List<?> implementations, Map<String, RuleMetadata> index) {
    List<RuleDescriptor> list = new ArrayList<>();
    for (Object impl : implementations) {
      RuleMetadata meta = index.get(impl.getClass().getName());
      list.add(meta == null ? new RuleDescriptor(impl) : new RuleDescriptor(impl, meta));
    }
    list.sort((a, b) -> a.id().compareTo(b.id()));
    Map<String, RuleDescriptor> map = new LinkedHashMap<>();
    for (RuleDescriptor d : list) {
      if (map.put(d.id(), d) != null) {
        throw new IllegalStateException("rule id registered twice: " + d.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /** The catalogue of all built-in rules. */
  public static RuleCatalog defaults() {
    return DEFAULT;
  }

  public List<RuleDescriptor> all() {
    return List.copyOf(byId.values());
  }

  public Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Descriptors whose implementation is a single-document {@link Rule}. */
  public List<RuleDescriptor> documentRules() {
    return byId.values().stream().filter(d -> d.implementation() instanceof Rule).toList();
  }

  /** Descriptors whose implementation is a {@link CrossDocumentRule}. */
  public List<RuleDescriptor> crossDocumentRules() {
    return byId.values().stream()
        .filter(d -> d.implementation() instanceof CrossDocumentRule).toList();
  }
}
