package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing, in a subprocess: the {@code ./sagelint} launcher at the repository root running
 * the jar this build packaged. Runs in the integration-test phase, after {@code package}, so the
 * jar is fresh and the launcher must start it without building.
 */
class LauncherIT {
  private static final Path ROOT = Path.of(System.getProperty("sagelint.root")).toAbsolutePath();

  record Outcome(int exitCode, String stdout, String stderr) {}

  private static Outcome run(Path cwd, byte[] stdin, String... args) throws Exception {
    return runWithJavaOpts(null, cwd, stdin, args);
  }

  private static Outcome runWithJavaOpts(String javaOpts, Path cwd, byte[] stdin, String... args)
      throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(ROOT.resolve("sagelint").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("sagelint-it-", ".out");
    Path err = Files.createTempFile("sagelint-it-", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().remove("NO_COLOR");
      if (javaOpts != null) {
        pb.environment().put("SAGELINT_JAVA_OPTS", javaOpts);
      }
      Process p = pb.start();
      p.getOutputStream().write(stdin);
      p.getOutputStream().close();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "sagelint did not finish in time");
      return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theLauncherRunsThePackagedJarFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
    Path spec = elsewhere.resolve("endpoint.json");
    Files.copy(ROOT.resolve("examples/bad/endpoint-config.json"), spec);
    Outcome o = run(elsewhere, new byte[0], "--format", "github", "endpoint.json");
    assertEquals("", o.stderr(), "nothing on stderr: no build, no SLF4J warning, no stack trace");
    assertEquals(1, o.exitCode());
    assertTrue(o.stdout().startsWith("::error file=endpoint.json,line=2,col=25,"), o.stdout());
  }

  @Test
  void standardInputAndExitCodes() throws Exception {
    byte[] good = Files.readAllBytes(ROOT.resolve("examples/good/create-model.yaml"));
    Outcome ok = run(ROOT, good, "lint", "--stdin-filename", "model.yaml", "-");
    assertEquals(0, ok.exitCode(), ok.stderr());
    assertEquals("No problems found. Checked 1 file.\n", ok.stdout());

    Outcome missing = run(ROOT, new byte[0], "no/such/dir");
    assertEquals(2, missing.exitCode());
    assertEquals("sagelint: no such file or directory: no/such/dir\n", missing.stderr());
  }

  /**
   * The start-up budget's structural guards (docs/performance.md), checked on the classes a real
   * lint run loads rather than on timings: no jackson-databind mapper (building one costs ~0.1 s)
   * and, with the class-data sharing archive the build trains, no application class read from a
   * jar (picocli once was, being Java 5 class files).
   */
  @Test
  void aLintRunStartsFromTheArchiveWithoutAJsonMapper(@TempDir Path tmp) throws Exception {
    Path log = tmp.resolve("classes.log");
    Path report = tmp.resolve("report.json");
    Outcome o = runWithJavaOpts("-Xlog:class+load=info:file=" + log, ROOT, new byte[0], "lint", "--format",
        "json", "--output", report.toString(), "examples");
    assertEquals(1, o.exitCode(), o.stderr());
    List<String> lines = Files.readAllLines(log);
    assertTrue(lines.size() > 1000, "class loading was not logged: " + lines.size());
    List<String> mappers = lines.stream()
        .filter(l -> l.contains(" tools.jackson.databind.ObjectMapper ")
            || l.contains(" tools.jackson.databind.json.JsonMapper "))
        .toList();
    assertEquals(List.of(), mappers);
    Assumptions.assumeTrue(Files.exists(ROOT.resolve("cli/target/sagelint.jsa")),
        "built with -Dsagelint.cds.skip=true: no archive to check");
    List<String> fromJars = lines.stream().filter(l -> l.contains(" source: file:")
        || l.contains(" source: jar:")).toList();
    assertEquals(List.of(), fromJars, "classes read from jars instead of the archive");
  }

  @Test
  void theJarAloneIsRunnable() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("java", "-jar", System.getProperty("sagelint.jar"), "--version")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("sagelint 0."), out);
  }
}
