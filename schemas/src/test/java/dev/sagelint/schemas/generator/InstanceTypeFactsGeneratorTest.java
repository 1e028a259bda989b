package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The facts generator on small synthetic inputs: the cross-check and the handling of gaps. */
class InstanceTypeFactsGeneratorTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String HEADER = "instance_type\tlocal_instance_storage\tlocal_nvme_total_gb\tin_2021-02-22_enum\tenum_first_seen (date, botocore)\n";

  private static BotocoreModel model(String version, String... types) {
    StringBuilder values = new StringBuilder();
    for (String type : types) {
      values.append(values.isEmpty() ? "" : ",").append('"').append(type).append('"');
    }
    return BotocoreModel.ofShapes(version, MAPPER.readTree(
        "{\"ProductionVariantInstanceType\": {\"type\": \"string\", \"enum\": [" + values + "]}}"));
  }

  @Test
  void computesFirstVersionsAndMarksUncoveredTypesUnknown(@TempDir Path dir) throws IOException {
    Path tsv = Files.writeString(dir.resolve("t.tsv"), HEADER
        + "ml.a.large\tyes\t100\tyes\t2019-01-01 botocore 1.0.0\n"
        + "ml.b.large\tno\t\tno\t2025-01-01 botocore 1.2.3\n"
        + "ml.gone.large\t\t\tno\t\n");
    JsonNode facts = InstanceTypeFactsGenerator.build(
        List.of(model("2021-02-22", "ml.a.large"), model("2026-08-07", "ml.a.large", "ml.b.large", "ml.c.large")), tsv);
    JsonNode types = facts.path("instanceTypes");
    assertEquals("{\"localStorage\":\"yes\",\"nvmeGb\":100,\"firstApiVersion\":\"2021-02-22\",\"enumFirstSeen\":\"2019-01-01\","
        + "\"enumFirstSeenBotocore\":\"1.0.0\"}", types.path("ml.a.large").toString());
    assertEquals("2026-08-07", types.path("ml.b.large").path("firstApiVersion").asString());
    assertEquals("unknown", types.path("ml.gone.large").path("localStorage").asString(), "blank storage means unknown");
    assertTrue(types.path("ml.gone.large").path("firstApiVersion").isNull(), "in no bundled enum");
    assertEquals("{\"localStorage\":\"unknown\",\"firstApiVersion\":\"2026-08-07\"}", types.path("ml.c.large").toString(),
        "enum values missing from the table are listed as unknown");
  }

  @Test
  void failsWhenTheTableContradictsTheModels(@TempDir Path dir) throws IOException {
    Path tsv = Files.writeString(dir.resolve("t.tsv"), HEADER
        + "ml.a.large\tno\t\tno\t\n"
        + "ml.b.large\tmaybe\t\tno\t\n"
        + "ml.c.large\tno\t50\tno\t\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> InstanceTypeFactsGenerator.build(List.of(model("2021-02-22", "ml.a.large")), tsv));
    assertTrue(e.getMessage().contains("ml.a.large: column in_2021-02-22_enum says no"), e.getMessage());
    assertTrue(e.getMessage().contains("ml.b.large: local_instance_storage must be yes, no or unknown"), e.getMessage());
    assertTrue(e.getMessage().contains("ml.c.large: has local_nvme_total_gb 50"), e.getMessage());
  }
}
