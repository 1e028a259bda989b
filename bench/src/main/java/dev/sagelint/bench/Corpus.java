package dev.sagelint.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a benchmark corpus: {@code OUT/CreateModel/NNNNN.json|yaml} and
 * {@code OUT/CreateEndpointConfig/...} (peers need the kind from the directory), plus
 * {@code OUT/manifest.tsv} with each file's kind, format, size and planted defect.
 *
 * <p>Usage: {@code java -cp ... dev.sagelint.bench.Corpus OUT [COUNT [SEED]]}
 */
public final class Corpus {
  private Corpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Corpus OUT [COUNT [SEED]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 8L;
    write(out, count, seed);
  }

  public static void write(Path out, int count, long seed) throws IOException {
    SpecGenerator gen = new SpecGenerator(seed);
    for (SpecGenerator.Kind k : SpecGenerator.Kind.values()) {
      Files.createDirectories(out.resolve(k.schemaKind));
    }
    try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      manifest.write("file\tkind\tformat\tsize\tdefect\tschema_defect\n");
      for (int i = 1; i <= count; i++) {
        SpecGenerator.Spec s = gen.next();
        String rel = s.kind().schemaKind + "/" + String.format(Locale.ROOT, "%05d", i) + s.extension();
        Files.writeString(out.resolve(rel), s.text(), StandardCharsets.UTF_8);
        manifest.write(String.join("\t", rel, s.kind().schemaKind, s.json() ? "json" : "yaml",
            s.size().name().toLowerCase(Locale.ROOT),
            s.defect() == null ? "-" : s.defect().name(),
            Boolean.toString(s.defect() != null && s.defect().schema)) + "\n");
      }
    }
  }
}
