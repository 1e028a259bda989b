package dev.sagelint.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts about instance types that the service model does not carry, chiefly whether an instance
 * type has local (NVMe) instance storage. Generated into the schemas module from the reference
 * table; loaded once from the classpath.
 */
public final class InstanceTypes {
  static final String RESOURCE = "dev/sagelint/schemas/instance-types.json";

  /** Whether an instance type has local instance storage. */
  public enum LocalStorage {
    YES,
    NO,
    UNKNOWN
  }

  /** One instance type's facts. */
  public record Facts(String name, LocalStorage localStorage, Optional<String> firstApiVersion) {}

  private static volatile InstanceTypes bundled;

  private final Map<String, Facts> byName;

  InstanceTypes(Map<String, Facts> byName) {
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  /** The facts shipped with sagelint. */
  public static InstanceTypes bundled() {
    InstanceTypes b = bundled;
    if (b == null) {
      synchronized (InstanceTypes.class) {
        b = bundled;
        if (b == null) {
          b = load();
          bundled = b;
        }
      }
    }
    return b;
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

  private static InstanceTypes load() {
    try (InputStream in = InstanceTypes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      JsonNode root = JsonMapper.shared().readTree(in);
      Map<String, Facts> map = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : root.path("instanceTypes").properties()) {
        JsonNode f = e.getValue();
        LocalStorage storage = switch (f.path("localStorage").asString("unknown")) {
          case "yes" -> LocalStorage.YES;
          case "no" -> LocalStorage.NO;
          default -> LocalStorage.UNKNOWN;
        };
        JsonNode first = f.get("firstApiVersion");
        map.put(e.getKey(), new Facts(e.getKey(), storage,
            first == null || first.isNull() ? Optional.empty() : Optional.of(first.asString())));
      }
      return new InstanceTypes(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
