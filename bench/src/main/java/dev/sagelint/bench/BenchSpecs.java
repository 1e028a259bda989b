package dev.sagelint.bench;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.SourceFile;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs every benchmark shares: one clean spec per (kind, size, format), generated with a
 * fixed seed, as text and as parsed document.
 */
@State(Scope.Benchmark)
public class BenchSpecs {
  @Param({"MODEL", "ENDPOINT_CONFIG"})
  public SpecGenerator.Kind kind;

  @Param({"SMALL", "MEDIUM", "LARGE"})
  public SpecGenerator.Size size;

  @Param({"json", "yaml"})
  public String format;

  public SourceFile source;
  public ParsedDocument document;
  public DocumentKind documentKind;

  @Setup(Level.Trial)
  public void generate() {
    SpecGenerator.Spec spec = new SpecGenerator(8).generate(kind, size, format.equals("json"), null);
    source = SourceFile.of("spec." + format.toLowerCase(Locale.ROOT), spec.text());
    document = new DocumentParser().parse(source).documents().get(0);
    documentKind = DocumentKind.parse(kind.schemaKind);
  }
}
