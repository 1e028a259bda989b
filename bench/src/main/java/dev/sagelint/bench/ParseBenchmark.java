package dev.sagelint.bench;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;

/** Text to located tree: the JSON/YAML reader with positions, duplicate keys and limits. */
public class ParseBenchmark extends BenchDefaults {
  private final DocumentParser parser = new DocumentParser();

  @Benchmark
  public ParseResult parse(BenchSpecs specs) {
    return parser.parse(specs.source);
  }
}
