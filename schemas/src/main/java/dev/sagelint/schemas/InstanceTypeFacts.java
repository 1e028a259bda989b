package dev.sagelint.schemas;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
* Facts about SageMaker hosting instance types, read from the generated {@code instance-types.json}:
* whether the type has local (instance-store) NVMe storage, how much, and in which bundled API model
* version it first became a valid {@code ProductionVariantInstanceType}.
*/
public final class InstanceTypeFacts {

  /** Local storage according to the reference table; {@code UNKNOWN} when sources conflict or are missing. */
  public enum LocalStorage {
    YES, NO, UNKNOWN;

    static LocalStorage parse(String text) {
      return switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
        case "yes" -> YES;
        case "no" -> NO;
        default -> UNKNOWN;
      };
    }
  }

  /**
  * One instance type.
  *
  * @param nvmeGb                total local NVMe capacity in GB, when known
  * @param firstApiVersion       oldest bundled model version whose enum lists the type; empty if none does
  * @param enumFirstSeen         date of the first botocore release whose enum listed it, when known
  * @param enumFirstSeenBotocore that botocore release
  */
  public record Fact(String instanceType, LocalStorage localStorage, OptionalLong nvmeGb, Optional<String> firstApiVersion,
           Optional<String> enumFirstSeen, Optional<String> enumFirstSeenBotocore) {
  }

  private static volatile InstanceTypeFacts bundled;

  private final List<String> apiVersions;
  private final Map<String, Fact> facts;

  private InstanceTypeFacts(List<String> apiVersions, Map<String, Fact> facts) {
    this.apiVersions = List.copyOf(apiVersions);
    this.facts = Collections.unmodifiableMap(facts);
  }

  /** The facts shipped on the classpath ({@link BundledSchemas#INSTANCE_TYPES_RESOURCE}); read once. */
  public static InstanceTypeFacts bundled() {
    InstanceTypeFacts result = bundled;
    if (result == null) {
      synchronized (InstanceTypeFacts.class) {
        result = bundled;
        if (result == null) {
          bundled = result = loadBundled();
        }
      }
    }
    return result;
  }

  private static InstanceTypeFacts loadBundled() {
    String path = BundledSchemas.INSTANCE_TYPES_RESOURCE;
    try (InputStream in = InstanceTypeFacts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new FileNotFoundException("Instance-type facts missing from the classpath: " + path);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a facts document (the format {@code SchemaGenerator} writes). */
  public static InstanceTypeFacts read(InputStream in) {
    JsonNode root = JsonTreeReader.read(in);
    List<String> versions = new ArrayList<>();
    root.path("apiVersions").forEach(v -> versions.add(v.asString()));
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (var entry : root.path("instanceTypes").properties()) {
      JsonNode f = entry.getValue();
      JsonNode nvme = f.get("nvmeGb");
      facts.put(entry.getKey(), new Fact(
          entry.getKey(),
          LocalStorage.parse(f.path("localStorage").asString("unknown")),
          nvme != null && nvme.isNumber() ? OptionalLong.of(nvme.asLong()) : OptionalLong.empty(),
          text(f, "firstApiVersion"),
          text(f, "enumFirstSeen"),
          text(f, "enumFirstSeenBotocore")));
    }
    return new InstanceTypeFacts(versions, facts);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  /** The model versions the facts were computed against, oldest first. */
  public List<String> apiVersions() {
    return apiVersions;
  }

  public Optional<Fact> get(String instanceType) {
    return Optional.ofNullable(facts.get(instanceType));
  }

  /** Local storage of a type; {@code UNKNOWN} for types not in the table. */
  public LocalStorage localStorage(String instanceType) {
    return get(instanceType).map(Fact::localStorage).orElse(LocalStorage.UNKNOWN);
  }

  /**
  * Whether the type is a valid {@code ProductionVariantInstanceType} in the given bundled model version.
  * Relies on types never being removed from the enum, which holds for the bundled models (tested).
  */
  public boolean inEnumOf(String instanceType, String bundledVersion) {
    return get(instanceType).flatMap(Fact::firstApiVersion)
        .map(first -> first.compareTo(bundledVersion) <= 0)
        .orElse(false);
  }

  /** All facts, in file order. */
  public Map<String, Fact> all() {
    return facts;
  }
}
