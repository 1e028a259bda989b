package dev.sagelint.schemas;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
* The regions where SageMaker is offered, by partition, read from the generated
* {@code regions/sagemaker-regions.json} (built from the AWS SDK's endpoint data; see
* docs/adr/0021-sagemaker-regions-from-sdk-endpoints.md).
*/
public final class SageMakerRegions {

  /** The generated file below {@link BundledSchemas#RESOURCE_ROOT}; the generator writes it there too. */
  public static final String RELATIVE_PATH = "regions/sagemaker-regions.json";
  /** Its class-path resource. */
  public static final String RESOURCE = BundledSchemas.RESOURCE_ROOT + RELATIVE_PATH;
  /** Field names of the file, shared with the generator. */
  public static final String PARTITIONS = "partitions";
  public static final String REGIONS = "regions";
  public static final String REGION_REGEX = "regionRegex";

  /** One partition: the official shape of its region names, and the SageMaker regions in it. */
  public record Partition(String name, Pattern regionShape, List<String> regions) {
  }

  private static volatile SageMakerRegions bundled;

  private final String source;
  private final Map<String, Partition> partitions;
  private final Map<String, String> partitionByRegion;

  private SageMakerRegions(String source, Map<String, Partition> partitions) {
    this.source = source;
    this.partitions = Collections.unmodifiableMap(new LinkedHashMap<>(partitions));
    Map<String, String> byRegion = new LinkedHashMap<>();
    partitions.values().forEach(p -> p.regions().forEach(r -> byRegion.put(r, p.name())));
    this.partitionByRegion = byRegion;
  }

  /** The regions shipped on the class path ({@link #RESOURCE}); read once. */
  public static SageMakerRegions bundled() {
    SageMakerRegions result = bundled;
    if (result == null) {
      synchronized (SageMakerRegions.class) {
        result = bundled;
        if (result == null) {
          bundled = result = loadBundled();
        }
      }
    }
    return result;
  }

  private static SageMakerRegions loadBundled() {
    try (InputStream in = SageMakerRegions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new FileNotFoundException("SageMaker regions missing from the class path: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a regions document (the format the generator writes). */
  public static SageMakerRegions read(InputStream in) {
    JsonNode root = JsonTreeReader.read(in);
    JsonNode src = root.path("source");
    String source = src.path("artifact").asString("?") + ":" + src.path("version").asString("?");
    Map<String, Partition> partitions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path(PARTITIONS).properties()) {
      List<String> regions = new ArrayList<>();
      e.getValue().path(REGIONS).forEach(r -> regions.add(r.asString()));
      String regex = e.getValue().path(REGION_REGEX).asString("");
      partitions.put(e.getKey(), new Partition(e.getKey(),
          Pattern.compile(regex.isEmpty() ? "(?!)" : regex), List.copyOf(regions)));
    }
    return new SageMakerRegions(source, partitions);
  }

  /** Whether SageMaker is offered in {@code region} (exact, case-sensitive, as AWS spells regions). */
  public boolean contains(String region) {
    return partitionByRegion.containsKey(region);
  }

  /** Every SageMaker region, partition by partition, each partition's in name order. */
  public List<String> all() {
    return List.copyOf(partitionByRegion.keySet());
  }

  /**
  * The partition of a region name: the one that lists it, else the one whose official region-name
  * shape it has (a region SageMaker is not offered in, or one newer than this data), else empty.
  */
  public Optional<String> partitionOf(String region) {
    String listed = partitionByRegion.get(region);
    if (listed != null) {
      return Optional.of(listed);
    }
    return partitions.values().stream().filter(p -> p.regionShape().matcher(region).matches())
        .map(Partition::name).findFirst();
  }

  /** The partitions, in file order. */
  public List<Partition> partitions() {
    return List.copyOf(partitions.values());
  }

  /** The artifact the data came from, {@code group:artifact:version}. */
  public String source() {
    return source;
  }
}
