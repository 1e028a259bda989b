package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.SagelintVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of everything the CLI prints, through its real entry point, in-process.
 *
 * <p>One folder per scenario under {@code src/test/resources/golden/}:
 * <ul>
 *   <li>{@code args}: the arguments, one per line ({@code #} lines are comments);
 *   <li>{@code input/}: copied to a fresh temporary directory that becomes the working directory
 *       (or a file {@code cwd} containing {@code repo}: run in the repository root instead);
 *   <li>{@code stdin}, {@code env} ({@code NAME=value} lines), {@code tty} (present: standard
 *       output is a terminal): optional;
 *   <li>{@code expected/stdout}, {@code expected/stderr}, {@code expected/exit-code}, and
 *       {@code expected/files/...} for every file the run created or changed.
 * </ul>
 * Everything is compared byte for byte. Run with {@code -Dsagelint.updateGolden=true} to rewrite
 * the expectations from the current behaviour, then review the diff.
 */
class GoldenTest {
  static final Path ROOT = Path.of(System.getProperty("sagelint.root", "..")).toAbsolutePath().normalize();
  static final Path GOLDEN = ROOT.resolve("cli/src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("sagelint.updateGolden");

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(GOLDEN)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(dirs.size() > 10, "golden scenarios not found under " + GOLDEN);
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  private static void check(Path scenario) throws IOException {
    Run run = Run.of(scenario);
    Path expected = scenario.resolve("expected");
    if (UPDATE) {
      deleteTree(expected);
      write(expected.resolve("stdout"), run.stdout());
      write(expected.resolve("stderr"), run.stderr());
      write(expected.resolve("exit-code"), run.exitCode() + "\n");
      run.files().forEach((rel, content) -> write(expected.resolve("files").resolve(rel), content));
      return;
    }
    assertEquals(read(expected.resolve("exit-code")).strip(), String.valueOf(run.exitCode()),
        "exit code");
    assertEquals(read(expected.resolve("stdout")), run.stdout(), "stdout");
    assertEquals(read(expected.resolve("stderr")), run.stderr(), "stderr");
    assertEquals(expectedFiles(expected.resolve("files")), run.files(), "files written");
  }

  /** The outcome of one scenario run. */
  record Run(int exitCode, String stdout, String stderr, Map<String, String> files) {
    static Run of(Path scenario) throws IOException {
      List<String> args = lines(scenario.resolve("args"));
      boolean inRepo = Files.exists(scenario.resolve("cwd"))
          && read(scenario.resolve("cwd")).strip().equals("repo");
      Path cwd = inRepo ? ROOT : Files.createTempDirectory("sagelint-golden-");
      try {
        Map<String, String> before = new TreeMap<>();
        if (!inRepo && Files.isDirectory(scenario.resolve("input"))) {
          copyTree(scenario.resolve("input"), cwd);
          before.putAll(filesUnder(cwd));
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : lines(scenario.resolve("env"))) {
          int eq = line.indexOf('=');
          env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        byte[] stdin = Files.exists(scenario.resolve("stdin"))
            ? Files.readAllBytes(scenario.resolve("stdin")) : new byte[0];
        CliRunner.Result r = CliRunner.run(cwd, env, new ByteArrayInputStream(stdin),
            Files.exists(scenario.resolve("tty")), args.toArray(String[]::new));
        Map<String, String> created = new TreeMap<>();
        if (!inRepo) {
          filesUnder(cwd).forEach((rel, content) -> {
            if (!content.equals(before.get(rel))) {
              created.put(rel, content);
            }
          });
        }
        // The build's commit (--version) changes with every commit; the expectation says <commit>.
        String stdout = r.stdout().replace("git commit: " + SagelintVersion.commit() + "\n",
            "git commit: <commit>\n");
        return new Run(r.exitCode(), stdout, r.stderr(), created);
      } finally {
        if (!inRepo) {
          deleteTree(cwd);
        }
      }
    }
  }

  private static Map<String, String> expectedFiles(Path dir) throws IOException {
    return Files.isDirectory(dir) ? filesUnder(dir) : Map.of();
  }

  static Map<String, String> filesUnder(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), read(p));
      }
    }
    return out;
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static void write(Path p, String content) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
