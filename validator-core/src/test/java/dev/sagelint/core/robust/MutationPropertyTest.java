package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.testing.Fixture;
import dev.sagelint.core.testing.FindingInvariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Property: whatever is done to a valid spec, linting it never throws, never hangs, and every
 * finding satisfies {@link FindingInvariants} (a catalogue rule id, 1-based positions, an end not
 * before the start, a well-formed pointer that resolves in the document or names a member an
 * existing object lacks, and no SM900).
 *
 * <p>Cases start from the rule fixtures and the examples and go through {@link SpecMutator}. The
 * run is reproducible: case {@code i} of seed {@code s} is always the same input. The default
 * build runs {@value #DEFAULT_TRIES} cases with seed {@value #DEFAULT_SEED}; more with
 * {@code -Dsagelint.mutation.tries=N}, other cases with {@code -Dsagelint.mutation.seed=S}
 * (see docs/robustness.md). A failing input is written to {@code target/mutation-failures/}.
 *
 * <p>Hand-written rather than jqwik: see docs/robustness.md for why.
 */
class MutationPropertyTest {
  static final int DEFAULT_TRIES = 400;
  static final long DEFAULT_SEED = 20261126L;
  private static final long HANG_SECONDS = 20;
  private static final String HANG = "no result: a hang";
  private static final Linter DETECTING = Linter.create(LintOptions.defaults());
  private static final List<Linter> FORCED = Stream.of(DocumentKind.values())
      .map(k -> Linter.create(LintOptions.builder().kind(k).build())).toList();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mutation-case");
    t.setDaemon(true);
    return t;
  });

  /** A seed document: its name, its text, and its tree when it parses. */
  private record Seed(String name, String text, Object tree) {}

  @AfterAll
  static void stopWorker() {
    WORKER.shutdownNow();
  }

  @Test
  void mutatedSpecsYieldOnlyWellFormedFindings() throws Exception {
    int tries = Integer.getInteger("sagelint.mutation.tries", DEFAULT_TRIES);
    long seed = Long.getLong("sagelint.mutation.seed", DEFAULT_SEED);
    List<Seed> seeds = seeds();
    assertTrue(seeds.size() > 20, "seeds found: " + seeds.size());

    List<String> failures = new ArrayList<>();
    Set<String> rulesSeen = new TreeSet<>();
    long findings = 0;
    for (int i = 0; i < tries && failures.size() < 5; i++) {
      SpecMutator m = new SpecMutator(seed * 1_000_003L + i);
      Seed from = seeds.get(m.pick(seeds.size()));
      boolean asYaml = from.tree == null ? from.name.endsWith(".yaml") : m.coin(2);
      String name = "case-" + i + (asYaml ? ".yaml" : ".json");
      String text;
      if (from.tree != null) {
        Object tree = m.mutateTree(SpecMutator.model(readTree(from)));
        text = asYaml ? SpecMutator.yaml(tree) : SpecMutator.json(tree);
      } else {
        text = from.text;
      }
      text = m.damageText(text);
      byte[] bytes = m.bytes(text);
      Linter linter = m.coin(3) ? FORCED.get(m.pick(FORCED.size())) : DETECTING;
      Outcome outcome = run(linter, name, bytes);
      findings += outcome.findings().size();
      outcome.findings().forEach(f -> rulesSeen.add(f.rule()));
      if (outcome.failure() != null) {
        Path saved = save(name, bytes);
        String shrunk = "";
        if (!outcome.failure().startsWith(HANG)) { // a hang costs HANG_SECONDS a try: not shrunk
          byte[] small = shrink(linter, name, bytes, outcome.failure());
          shrunk = "\n  shrunk to " + small.length + " bytes, saved to " + save("shrunk-" + name, small);
        }
        failures.add("case " + i + " (seed " + seed + ") from " + from.name + " after " + m.trail()
            + ":\n  " + outcome.failure() + "\n  input saved to " + saved + shrunk);
      }
    }
    System.out.printf("mutation: %d cases from %d seeds (seed %d), %d findings of %d rules%n",
        tries, seeds.size(), seed, findings, rulesSeen.size());
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  /**
   * The smallest input found that fails the same way (same first line of the failure up to its
   * first colon: the exception class, or the broken invariant), for the regression fixture.
   */
  static byte[] shrink(Linter linter, String name, byte[] bytes, String failure) {
    String kind = failureKind(failure);
    return Shrinker.shrink(bytes, candidate -> {
      try {
        String f = run(linter, name, candidate).failure();
        return f != null && !f.startsWith(HANG) && failureKind(f).equals(kind);
      } catch (Exception e) {
        return false;
      }
    }, 2_000);
  }

  /**
   * What stays the same while an input shrinks: the exception class for a throw; the rule and the
   * broken invariant for a finding (its position and pointer move as lines go); else the text up
   * to the first colon.
   */
  static String failureKind(String failure) {
    String first = failure.lines().findFirst().orElse("").split("; ")[0];
    Matcher finding = FINDING_VIOLATION.matcher(first);
    if (finding.matches()) {
      return finding.group(1) + " " + finding.group(2);
    }
    int colon = first.indexOf(':');
    return colon < 0 ? first : first.substring(0, colon);
  }

  /** {@code SM105 3:1 /X: <invariant>[: detail]}, as FindingInvariants words a violation. */
  private static final Pattern FINDING_VIOLATION =
      Pattern.compile("(SM\\d{3}) \\d+:\\d+ \\S*: ([^:]*)(?::.*)?");

  @Test
  void aShrunkFailureMustFailTheSameWay() {
    assertEquals("threw java.lang.NullPointerException",
        failureKind("threw java.lang.NullPointerException: boom\n    at a.b.C.d(C.java:1)"));
    assertEquals("SM105 pointer neither resolves nor names a missing member of an existing object",
        failureKind("SM105 3:1 /X: pointer neither resolves nor names a missing member of an existing "
            + "object; SM101 1:1 : empty message"));
    assertEquals("SM900 sagelint failed",
        failureKind("SM900 2:7 /A/b: sagelint failed: NullPointerException"));
  }

  /** What one case gave: its findings, and what was wrong with them (null when nothing). */
  private record Outcome(List<Finding> findings, String failure) {}

  /** Reads and lints the case as the CLI would, under the hang watchdog. */
  private static Outcome run(Linter linter, String name, byte[] bytes) throws Exception {
    Future<Outcome> f = WORKER.submit(() -> {
      SourceReader.Outcome read = SourceReader.decode(name, bytes, false);
      if (read.source() == null) {
        Finding p = read.problem();
        return new Outcome(p == null ? List.of() : List.of(p),
            p != null && p.rule().equals("SM004") && p.line() >= 1 && p.column() >= 1 ? null
                : "the reader gave neither text nor an SM004 with a position: " + p);
      }
      String text = read.source().text();
      LintResult r = linter.lintText(name, text);
      List<String> broken = FindingInvariants.violations(r, name, text, ParseLimits.DEFAULT);
      return new Outcome(r.findings(), broken.isEmpty() ? null : String.join("; ", broken));
    });
    try {
      return f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Outcome(List.of(), HANG + " after " + HANG_SECONDS + " s");
    } catch (ExecutionException e) {
      StringBuilder where = new StringBuilder("threw " + e.getCause());
      StackTraceElement[] trace = e.getCause().getStackTrace();
      for (int i = 0; i < Math.min(6, trace.length); i++) {
        where.append("\n    at ").append(trace[i]);
      }
      return new Outcome(List.of(), where.toString());
    }
  }

  private static JsonNode readTree(Seed s) {
    return s.name.endsWith(".json") ? JsonMapper.builder().build().readTree(s.text)
        : YAMLMapper.builder().build().readTree(s.text);
  }

  private static List<Seed> seeds() throws IOException {
    List<Path> files = new ArrayList<>();
    Fixture.all().forEach(f -> files.add(f.file()));
    Path examples = Path.of("..", "examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> walk = Files.walk(examples)) {
        walk.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
            .forEach(files::add);
      }
    }
    List<Seed> seeds = new ArrayList<>();
    for (Path p : files) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8); // SM004 fixtures are not UTF-8
      Seed probe = new Seed(p.getFileName().toString(), text, null);
      Object tree;
      try {
        tree = SpecMutator.model(readTree(probe));
      } catch (RuntimeException e) {
        tree = null; // a broken fixture: only its text is damaged further
      }
      seeds.add(new Seed(p.toString(), text, tree));
    }
    return seeds;
  }

  private static Path save(String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "mutation-failures"));
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
