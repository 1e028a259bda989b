package dev.sagelint.schemas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sagelint.schemas.BundledSchemas;
import dev.sagelint.schemas.CloudFormationResource;
import dev.sagelint.schemas.SchemaKind;
import dev.sagelint.schemas.support.TestPaths;

/** The committed schemas and facts must be exactly what the generator produces from the shared models. */
class SchemaGeneratorStalenessTest {

  static final String REGENERATE = "./mvnw -q -pl schemas compile exec:java (from the repository root)";

  @Test
  void committedFilesMatchAFreshGeneration(@TempDir Path fresh) throws IOException {
    Path models = TestPaths.modelsDirOrSkip();
    Path tsv = TestPaths.instanceTypesTsvOrSkip();
    List<Path> written = SchemaGenerator.generate(models, fresh, tsv);
    int perVersion = SchemaKind.values().length + CloudFormationResource.values().length;
    assertEquals(BundledSchemas.VERSIONS.size() * perVersion + 3, written.size(),
        "expected 4 API and 3 CloudFormation schemas per version plus the Terraform mapping, the regions and the facts file, got "
            + written);

    Path committed = TestPaths.committedJsonDir();
    Set<String> expected = relativeFiles(fresh);
    Set<String> actual = Files.isDirectory(committed) ? relativeFiles(committed) : Set.of();
    Set<String> all = new TreeSet<>(expected);
    all.addAll(actual);
    for (String file : all) {
      String where = "schemas/json/" + file;
      if (!actual.contains(file)) {
        fail(where + " is missing; regenerate with: " + REGENERATE);
      }
      if (!expected.contains(file)) {
        fail(where + " is not produced by the generator any more (stale? delete it); regenerate with: " + REGENERATE);
      }
      String want = Files.readString(fresh.resolve(file), StandardCharsets.UTF_8);
      String have = Files.readString(committed.resolve(file), StandardCharsets.UTF_8);
      if (!want.equals(have)) {
        fail(where + " is stale (" + firstDifference(want, have) + "); regenerate with: " + REGENERATE);
      }
    }
  }

  @Test
  void generationIsDeterministic(@TempDir Path first, @TempDir Path second) throws IOException {
    Path models = TestPaths.modelsDirOrSkip();
    Path tsv = TestPaths.instanceTypesTsvOrSkip();
    SchemaGenerator.generate(models, first, tsv);
    SchemaGenerator.generate(models, second, tsv);
    for (String file : relativeFiles(first)) {
      assertTrue(Files.mismatch(first.resolve(file), second.resolve(file)) == -1, file + " differs between two runs");
    }
  }

  private static Set<String> relativeFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      Set<String> out = new TreeSet<>();
      files.filter(Files::isRegularFile).forEach(f -> out.add(dir.relativize(f).toString().replace('\\', '/')));
      return out;
    }
  }

  private static String firstDifference(String want, String have) {
    String[] a = want.split("\n", -1);
    String[] b = have.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "first difference at line " + (i + 1) + ": generator writes '" + x.strip() + "', file has '" + y.strip() + "'";
      }
    }
    return "line endings differ";
  }
}
