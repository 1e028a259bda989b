package dev.sagelint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The floor of the whole-process comparison: reads the same files and pulls every token through
 * the same Jackson JSON and YAML parsers sagelint uses, on the same number of threads, and does
 * nothing else (no tree, no locations kept, no schema, no rules, no report). No linter on the JVM
 * can do less work per file.
 *
 * <p>Usage: {@code java -cp ... dev.sagelint.bench.ParseFloor [-jN] PATH...}; prints the number
 * of files and tokens.
 */
public final class ParseFloor {
  private static final TokenStreamFactory JSON = new JsonFactory();
  private static final TokenStreamFactory YAML = new YAMLFactory();

  private ParseFloor() {}

  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-j")) {
        threads = Integer.parseInt(a.substring(2));
        continue;
      }
      try (Stream<Path> walk = Files.walk(Path.of(a))) {
        walk.filter(Files::isRegularFile).filter(ParseFloor::isSpec).sorted().forEach(files::add);
      }
    }
    LongAdder tokens = new LongAdder();
    if (threads <= 1 || files.size() < 2) {
      for (Path f : files) {
        tokens.add(parse(f));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
      List<Future<Long>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> parse(f)));
      }
      for (Future<Long> f : futures) {
        tokens.add(f.get());
      }
      pool.shutdown();
    }
    System.out.println(files.size() + " files, " + tokens.sum() + " tokens");
  }

  private static boolean isSpec(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  static long parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TokenStreamFactory factory = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
    long n = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isScalarValue()) {
          p.getString(); // materialise the value, as any validator must
        }
        n++;
      }
    }
    return n;
  }
}
