package dev.sagelint.core.rules.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaTypesTest {
  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "CREATE_MODEL, /PrimaryContainer/Environment/ANY_NAME, string",
      "CREATE_MODEL, /Tags/3/Value, string",
      "CREATE_MODEL, /EnableNetworkIsolation, boolean",
      "CREATE_MODEL, /Containers/0, object",
      "CREATE_MODEL, /NoSuchMember, none",
      "CREATE_MODEL, /Tags/x, none",
      "CREATE_ENDPOINT_CONFIG, /ProductionVariants/0/InitialInstanceCount, integer",
      "CREATE_ENDPOINT_CONFIG, /ProductionVariants/0/InitialVariantWeight, number",
      "CREATE_ENDPOINT_CONFIG, '', object"})
  void followsTheGeneratedSchema(DocumentKind kind, String pointer, String type) {
    assertEquals(type, SchemaTypes.typeAt(ApiVersion.V2026_08_07, kind, pointer));
  }
}
