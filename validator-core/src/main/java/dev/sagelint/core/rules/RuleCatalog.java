package dev.sagelint.core.rules;

import dev.sagelint.core.rules.endpointconfig.EndpointConfigRules;
import dev.sagelint.core.rules.common.CommonRules;
import dev.sagelint.core.rules.config.ConfigRules;
import dev.sagelint.core.rules.crossdoc.CrossDocumentRules;
import dev.sagelint.core.rules.hygiene.HygieneRules;
import dev.sagelint.core.rules.input.InputRules;
import dev.sagelint.core.rules.model.ModelRules;
import dev.sagelint.core.rules.schema.SchemaRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule sagelint has, in id order. Each rule package keeps its own list (so adding a rule
 * touches one package); this class joins them and refuses duplicate ids.
 */
public final class RuleCatalog {
  private static final RuleCatalog DEFAULT = new RuleCatalog(builtInImplementations(), RuleIndex.load());

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

  /** One instance of every built-in rule, as each rule package lists them. */
  static List<Object> builtInImplementations() {
    return Stream.of(InputRules.all(), ConfigRules.all(), SchemaRules.all(), ModelRules.all(),
            EndpointConfigRules.all(), CrossDocumentRules.all(), CommonRules.all(), HygieneRules.all())
        .flatMap(List::stream)
        .<Object>map(o -> o)
        .toList();
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
