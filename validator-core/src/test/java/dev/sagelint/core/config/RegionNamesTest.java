package dev.sagelint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegionNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "us-esat-1|us-east-1",            // two neighbours swapped: one edit
      "useast1|us-east-1",
      "eu-west-9|eu-west-1 eu-west-2 eu-west-3",
      "us-east-1-fips|us-east-1",       // an endpoint variant, not a region
      "eusc-de-east-2|eusc-de-east-1",
      "Frankfurt|''",
      "x|''",
  })
  void suggestsOnlyTheClosestRegions(String value, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, RegionNames.suggestions(value));
  }

  @Test
  void aKnownRegionHasNoProblem() {
    assertEquals(Optional.empty(), RegionNames.problem("eusc-de-east-1", "'"));
    assertEquals(Optional.of("'us-esat-1' is not a region where SageMaker is available; did you mean 'us-east-1'?"),
        RegionNames.problem("us-esat-1", "'"));
  }

  @Test
  void theSdkRegionsJarIsNotOnTheCoresClassPath() {
    // The data is generated at build time (ADR 0021); the SDK artifact must not ship with the linter.
    assertNull(getClass().getClassLoader()
        .getResource("software/amazon/awssdk/regions/internal/region/endpoints.json"));
  }
}
