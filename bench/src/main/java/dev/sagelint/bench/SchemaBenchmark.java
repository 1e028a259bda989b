package dev.sagelint.bench;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.schema.SchemaValidator;
import dev.sagelint.core.schema.SchemaViolation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON Schema validation of a parsed document against the bundled schema (compiled once, outside
 * the measurement), including the conversion of our tree to the validator's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SchemaBenchmark {
  private final SchemaValidator validator = new SchemaValidator();

  @Benchmark
  public List<SchemaViolation> validate(BenchSpecs specs) {
    return validator.validate(specs.document, specs.documentKind, ApiVersion.latest());
  }
}
