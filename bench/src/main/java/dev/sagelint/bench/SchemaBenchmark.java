package dev.sagelint.bench;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * JSON Schema validation of a parsed document against the bundled schema (compiled once, outside
 * the measurement), including the conversion of our tree to the validator's.
 */
public class SchemaBenchmark extends BenchDefaults {
  private final SchemaValidator validator = new SchemaValidator();

  @Benchmark
  public List<SchemaViolation> validate(BenchSpecs specs) {
    return validator.validate(specs.document, specs.documentKind, ApiVersion.latest());
  }
}
