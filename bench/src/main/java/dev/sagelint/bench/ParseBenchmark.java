package dev.sagelint.bench;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParseResult;
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

/** Text to located tree: the JSON/YAML reader with positions, duplicate keys and limits. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ParseBenchmark {
  private final DocumentParser parser = new DocumentParser();

  @Benchmark
  public ParseResult parse(BenchSpecs specs) {
    return parser.parse(specs.source);
  }
}
