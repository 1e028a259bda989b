package dev.sagelint.core.rules;

import dev.sagelint.schemas.InstanceTypeFacts;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What rules need to know about instance types beyond the service model, chiefly whether a type
 * has local (NVMe) instance storage. A view over the generated {@link InstanceTypeFacts} that the
 * schemas module ships, loaded once.
 */
public final class InstanceTypes {
  /** Whether an instance type has local instance storage. */
  public enum LocalStorage {
    YES,
    NO,
    UNKNOWN
  }

  /** One instance type's facts. */
  public record Facts(String name, LocalStorage localStorage, Optional<String> firstApiVersion) {}

  private static final class Holder {
    static final InstanceTypes BUNDLED = new InstanceTypes(InstanceTypeFacts.bundled());
  }

  private final Map<String, Facts> byName;

  InstanceTypes(InstanceTypeFacts facts) {
    Map<String, Facts> map = new TreeMap<>();
    facts.all().forEach((name, f) -> map.put(name, new Facts(name, switch (f.localStorage()) {
      case YES -> LocalStorage.YES;
      case NO -> LocalStorage.NO;
      default -> LocalStorage.UNKNOWN;
    }, f.firstApiVersion())));
    this.byName = Collections.unmodifiableMap(map);
  }

  /** The facts shipped with sagelint. */
  public static InstanceTypes bundled() {
    return Holder.BUNDLED;
  }

  /** Facts for {@code instanceType}, or empty for a type sagelint knows nothing about. */
  public Optional<Facts> get(String instanceType) {
    return Optional.ofNullable(instanceType == null ? null : byName.get(instanceType));
  }

  /** Local storage of {@code instanceType}; {@link LocalStorage#UNKNOWN} for unknown types. */
  public LocalStorage localStorage(String instanceType) {
    return get(instanceType).map(Facts::localStorage).orElse(LocalStorage.UNKNOWN);
  }

  public Map<String, Facts> all() {
    return byName;
  }
}
