package dev.sagelint.core.source.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 19 real Terraform files of {@code ../shared/realworld/terraform}, read in place. */
class HclRealWorldTest {

  static Path corpus() {
    return Path.of(System.getProperty("sagelint.shared", "../../shared"))
        .resolve("realworld").resolve("terraform");
  }

  static List<Path> files() throws IOException {
    Path dir = corpus();
    assumeTrue(Files.isDirectory(dir), "no Terraform corpus at " + dir);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    }
  }

  static HclParseResult parse(String name) throws IOException {
    Path p = corpus().resolve(name);
    assumeTrue(Files.isRegularFile(p), "no " + p);
    return HclParser.parse(Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void everyRealFileParsesWithoutAProblem() throws IOException {
    List<Path> files = files();
    assertEquals(19, files.size(), "the corpus has 19 .tf files");
    List<String> problems = new ArrayList<>();
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      HclParseResult r = HclParser.parse(text);
      HclSpans.violations(text, r).forEach(v -> problems.add(p.getFileName() + ": " + v));
      r.problems().forEach(x -> problems.add(p.getFileName() + ":" + x.span().startLine() + ":"
          + x.span().startColumn() + " " + x.message()));
    }
    assertEquals(List.of(), problems);
  }
}
