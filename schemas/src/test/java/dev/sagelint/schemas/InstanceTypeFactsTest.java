package dev.sagelint.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sagelint.schemas.InstanceTypeFacts.Fact;
import dev.sagelint.schemas.InstanceTypeFacts.LocalStorage;
import dev.sagelint.schemas.support.RawModel;
import dev.sagelint.schemas.support.TestPaths;

class InstanceTypeFactsTest {

  private final InstanceTypeFacts facts = InstanceTypeFacts.bundled();

  @Test
  void knownTypes() {
    Fact g4dn = facts.get("ml.g4dn.xlarge").orElseThrow();
    assertEquals(LocalStorage.YES, g4dn.localStorage());
    assertEquals(OptionalLong.of(125), g4dn.nvmeGb());
    assertEquals(Optional.of("2021-02-22"), g4dn.firstApiVersion());
    assertEquals(Optional.of("2019-09-25"), g4dn.enumFirstSeen());

    assertEquals(LocalStorage.NO, facts.localStorage("ml.m5.large"));
    assertEquals(OptionalLong.empty(), facts.get("ml.m5.large").orElseThrow().nvmeGb());
    assertEquals(LocalStorage.UNKNOWN, facts.localStorage("ml.p6e-gb200.36xlarge"));
    assertEquals(LocalStorage.UNKNOWN, facts.localStorage("ml.not-a-type"));

    assertTrue(facts.inEnumOf("ml.g5.xlarge", "2026-08-07"));
    assertFalse(facts.inEnumOf("ml.g5.xlarge", "2021-02-22"));
    assertEquals(BundledSchemas.VERSIONS, facts.apiVersions());
  }

  @Test
  void firstApiVersionIsTheOldestModelWhoseEnumListsTheType() {
    List<String> versions = BundledSchemas.VERSIONS;
    for (String version : versions) {
      for (String type : RawModel.load(version).enumValues("ProductionVariantInstanceType")) {
        String expected = versions.stream()
            .filter(v -> RawModel.load(v).enumValues("ProductionVariantInstanceType").contains(type))
            .findFirst().orElseThrow();
        assertEquals(Optional.of(expected), facts.get(type).flatMap(Fact::firstApiVersion), type);
      }
    }
  }

  @Test
  void noInstanceTypeWasDroppedFromTheEnumBetweenBundledVersions() {
    // inEnumOf relies on this.
    Set<String> older = RawModel.load("2021-02-22").enumValues("ProductionVariantInstanceType");
    Set<String> newer = RawModel.load("2026-08-07").enumValues("ProductionVariantInstanceType");
    assertTrue(newer.containsAll(older));
  }

  @Test
  void agreesWithTheReferenceTable() throws IOException {
    Path tsv = TestPaths.instanceTypesTsvOrSkip();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int type = header.indexOf("instance_type");
    int storage = header.indexOf("local_instance_storage");
    int nvme = header.indexOf("local_nvme_total_gb");
    int in2021 = header.indexOf("in_2021-02-22_enum");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      Fact fact = facts.get(cells[type]).orElseThrow(() -> new AssertionError(cells[type] + " missing"));
      assertEquals(cells[storage], fact.localStorage().name().toLowerCase(), cells[type]);
      assertEquals(cells[nvme].isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cells[nvme])), fact.nvmeGb(), cells[type]);
      assertEquals(cells[in2021].equals("yes"), facts.inEnumOf(cells[type], "2021-02-22"), cells[type]);
    }
    assertEquals(lines.size() - 1, facts.all().size(), "one fact per table row (every enum value is in the table)");
  }
}
