package dev.sagelint.core.testing;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One rule fixture: a spec file under {@code src/test/resources/rules/<ID>/}, named {@code bad*} or
 * {@code good*}, with its expectations in {@code <file name>.expected} (one finding per line:
 * {@code LINE:COL RULE SEVERITY POINTER}; {@code #} starts a comment) and optional linter settings
 * in {@code <file name>.options} ({@code api-version}, {@code region}, {@code kind}). A good fixture
 * expects nothing at all; a bad fixture must list every finding, of any rule.
 */
public record Fixture(String ruleId, Path file) {
  public static final Path ROOT = Path.of("src/test/resources/rules");

  public String name() {
    return file.getFileName().toString();
  }

  public boolean isGood() {
    return name().startsWith("good");
  }

  public Path expectedFile() {
    return file.resolveSibling(name() + ".expected");
  }

  public Path optionsFile() {
    return file.resolveSibling(name() + ".options");
  }

  /** All fixtures of all rules, sorted. */
  public static List<Fixture> all() {
    List<Fixture> out = new ArrayList<>();
    if (!Files.isDirectory(ROOT)) {
      return out;
    }
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.sorted().toList()) {
        out.addAll(of(dir.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The fixtures of one rule. */
  public static List<Fixture> of(String ruleId) {
    Path dir = ROOT.resolve(ruleId);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Fixture::isSpec).sorted().map(p -> new Fixture(ruleId, p)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isSpec(Path p) {
    String n = p.getFileName().toString();
    return (n.startsWith("bad") || n.startsWith("good"))
        && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".tf"));
  }

  public LintOptions options() {
    LintOptions.Builder b = LintOptions.builder();
    Path opts = optionsFile();
    if (Files.exists(opts)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(opts, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (p.getProperty("api-version") != null) {
        b.apiVersion(ApiVersion.parse(p.getProperty("api-version")));
      }
      if (p.getProperty("region") != null) {
        b.region(p.getProperty("region"));
      }
      if (p.getProperty("kind") != null) {
        b.kind(DocumentKind.parse(p.getProperty("kind")));
      }
    }
    return b.build();
  }

  /** Lints the fixture as a file (so encoding and size checks apply too), named explicitly. */
  public LintResult lint() {
    // Named, as a user names a file on the command line: SM006 and SM007 are about such files.
    return Linter.create(options()).lint(List.of(LintInput.namedFile(file, name())));
  }

  /** The findings in expectation format. */
  public List<String> actualLines() {
    return lint().findings().stream().map(Fixture::line).toList();
  }

  public static String line(Finding f) {
    return f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().label() + " "
        + (f.pointer().isEmpty() ? "\"\"" : f.pointer());
  }

  /** The expected lines (comments and blanks removed); empty for good fixtures. */
  public List<String> expectedLines() {
    Path e = expectedFile();
    if (!Files.exists(e)) {
      return List.of();
    }
    try {
      return Files.readAllLines(e, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public String toString() {
    return ruleId + "/" + name();
  }
}
