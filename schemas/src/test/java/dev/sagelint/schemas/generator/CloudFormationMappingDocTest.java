package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sagelint.schemas.support.TestPaths;

/**
* {@code docs/cloudformation-properties.md} is exactly what {@link CloudFormationMappingTable} renders from the
* shared models; {@code -Dsagelint.updateDocs=true} rewrites it instead of failing.
*/
class CloudFormationMappingDocTest {

  @Test
  void committedTableMatchesTheModels() throws IOException {
    String fresh = CloudFormationMappingTable.render(TestPaths.modelsDirOrSkip());
    Path file = TestPaths.moduleDir().resolve("../docs/cloudformation-properties.md").normalize();
    if (Boolean.getBoolean("sagelint.updateDocs")) {
      Files.writeString(file, fresh, StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(file), file + " is missing; generate it with: " + CloudFormationMappingTable.REGENERATE);
    assertEquals(fresh, Files.readString(file, StandardCharsets.UTF_8),
        file + " is stale; regenerate it with: " + CloudFormationMappingTable.REGENERATE);
  }

  @Test
  void tableNamesTheKnownDifferences() throws IOException {
    String md = CloudFormationMappingTable.render(TestPaths.modelsDirOrSkip());
    // Facts stated in ../shared/models/cloudformation/README.md, checked against the rendering.
    assertTrue(md.contains("| `ProductionVariants[].InstanceType` | `CreateEndpointConfig.ProductionVariants[].InstanceType`"
        + " (`ProductionVariantInstanceType`) | `CreateEndpointConfig.ProductionVariants[].InstanceType`"
        + " (`ProductionVariantInstanceType`) |\n"), md);
    String endpointConfigApiOnly = md.lines()
        .filter(l -> l.startsWith("- 2026-08-07: `CreateEndpointConfig.")).findFirst().orElseThrow();
    for (String member : List.of("ProductionVariants[].InstancePools", "ProductionVariants[].CoreDumpConfig",
        "ProductionVariants[].AcceleratorType", "ProductionVariants[].VariantInstanceProvisionTimeoutInSeconds",
        "ProductionVariants[].ManagedInstanceScaling.ScaleInPolicy", "MetricsConfig")) {
      assertTrue(endpointConfigApiOnly.contains("`CreateEndpointConfig." + member + "`"), endpointConfigApiOnly);
    }
    assertTrue(md.contains("`CreateModel.Containers[].AdditionalModelDataSources`"), md);
    assertTrue(md.contains("| `ShadowProductionVariants[].InstanceType` | not in the API (`ProductionVariantInstanceType`) |"), md);
    assertTrue(md.contains("Read-only, not accepted in a template: `ModelArn`."), md);
  }
}
