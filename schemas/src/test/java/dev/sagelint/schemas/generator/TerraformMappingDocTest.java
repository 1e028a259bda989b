package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.schemas.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
* The mapping table in {@code docs/terraform.md} is exactly what {@link TerraformMappingTable} renders
* from the provider schema and both API models; {@code -Dsagelint.updateDocs=true} rewrites it.
*/
class TerraformMappingDocTest {

  @Test
  void committedTableMatchesTheModels() throws IOException {
    String fresh = TerraformMappingTable.render(TestPaths.modelsDirOrSkip());
    Path file = TestPaths.moduleDir().resolve("../docs/terraform.md").normalize();
    String doc = Files.readString(file, StandardCharsets.UTF_8);
    int start = doc.indexOf(TerraformMappingTable.START);
    int end = doc.indexOf(TerraformMappingTable.END);
    assertTrue(start >= 0 && end > start, "markers missing in " + file);
    String updated = doc.substring(0, start) + fresh + doc.substring(end + TerraformMappingTable.END.length() + 1);
    if (Boolean.getBoolean("sagelint.updateDocs")) {
      Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
    assertEquals(updated, Files.readString(file, StandardCharsets.UTF_8),
        file + " is stale; regenerate it with: " + TerraformMappingTable.REGENERATE);
  }

  @Test
  void theDocumentedExceptionsAndNameMatchesHoldInBothModels() throws IOException {
    String md = TerraformMappingTable.render(TestPaths.modelsDirOrSkip());
    for (String row : new String[] {
        "| `kms_key_arn` | `KmsKeyId` | scalar | yes | yes |",
        "| `name` | `ModelName` | scalar | yes | yes |",
        "| `name_prefix` | `EndpointConfigName` | scalar, name generated | yes | yes |",
        "| `container {}` | `Containers[]` | objects | yes | yes |",
        "| `primary_container {}` | `PrimaryContainer` | object | yes | yes |",
        "| `tags` | `Tags` | tags | yes | yes |",
        "| `production_variants.volume_size_in_gb` | `ProductionVariants[].VolumeSizeInGB` | scalar, computed | no | yes |",
        // in the provider, not in the 2021 model: the newer model gives it its values
        "| `production_variants.enable_ssm_access` | `ProductionVariants[].EnableSSMAccess` | scalar | no | yes |",
        "| `production_variants.inference_ami_version` | `ProductionVariants[].InferenceAmiVersion` | scalar | no | yes |"}) {
      assertTrue(md.contains(row + "\n"), row);
    }
    assertTrue(md.contains("Not part of the request (computed by the provider): `arn`, `id`, `tags_all`."), md);
  }
}
