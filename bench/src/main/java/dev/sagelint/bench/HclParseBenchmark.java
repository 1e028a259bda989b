package dev.sagelint.bench;

import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HCL parser on the real Terraform corpus (the 19 files of
 * {@code ../shared/realworld/terraform}, read once; {@code -Dsagelint.shared=DIR} points
 * elsewhere): one operation parses all of them. The numbers behind docs/adr/0025.
 */
public class HclParseBenchmark extends BenchDefaults {
  private List<String> files;

  @Setup(Level.Trial)
  public void read() {
    Path dir = Path.of(System.getProperty("sagelint.shared", "../shared"), "realworld", "terraform");
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tf")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no Terraform corpus at " + dir, e);
    }
  }

  @Benchmark
  public void parseCorpus(Blackhole sink) {
    for (String text : files) {
      HclParseResult r = HclParser.parse(text);
      sink.consume(r);
    }
  }
}
