package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.config.FailOn;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The ready-to-copy CI files under {@code docs/ci/} are valid YAML, every sagelint command line
 * they run is one the CLI accepts (parsed with the real command tree, never executed), and the
 * pieces that must agree do: the report file sagelint writes is the one the platform reads, and
 * the clone is deep enough for {@code --changed-since}.
 */
class WorkflowFilesTest {
  private static final Path CI_DOCS = GoldenTest.ROOT.resolve("docs/ci");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String file) throws Exception {
    Object doc = new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(CI_DOCS.resolve(file)));
    return (Map<String, Object>) doc;
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, Object... path) {
    Object n = node;
    for (Object key : path) {
      n = key instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<String, Object>) n).get(key);
    }
    return (T) n;
  }

  @Test
  @SuppressWarnings("unchecked")
  void githubActionsWorkflow() throws Exception {
    Map<String, Object> wf = yaml("github-actions.yml");
    List<Map<String, Object>> steps = at(wf, "jobs", "sagelint", "steps");
    List<Command> commands = new ArrayList<>();
    for (Map<String, Object> step : steps) {
      if (step.get("run") instanceof String script) {
        commands.addAll(Command.extract(script, String.valueOf(step.get("if"))));
      }
    }
    assertEquals(List.of(
        List.of("--version"),
        List.of("lint", "--format", "sarif=sagelint.sarif", "--format", "text", "--fail-on", "none"),
        List.of("lint", "--changed-since", "origin/$BASE_REF", "--format", "github")),
        commands.stream().map(Command::args).toList());
    commands.forEach(Command::assertAccepted);

    Map<String, Object> checkout = steps.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@")).findFirst()
        .orElseThrow();
    assertEquals((Object) 0, at(checkout, "with", "fetch-depth"), "--changed-since needs the merge base");

    Map<String, Object> upload = steps.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
        .findFirst().orElseThrow();
    assertEquals(commands.get(1).formatFile("sarif").orElseThrow(),
        at(upload, "with", "sarif_file"), "upload the file sagelint writes");

    Command gate = commands.get(2);
    assertEquals("github.event_name == 'pull_request'", gate.condition(),
        "github.base_ref is set on pull requests only");
    assertTrue(((Map<String, Object>) wf.get("permissions")).containsKey("security-events"));
  }

  @Test
  void gitlabCiJob() throws Exception {
    Map<String, Object> job = at(yaml("gitlab-ci.yml"), "sagelint");
    List<Command> commands = new ArrayList<>();
    for (String section : List.of("before_script", "script", "after_script")) {
      List<String> lines = at(job, section);
      if (lines != null) {
        lines.forEach(l -> commands.addAll(Command.extract(l, null)));
      }
    }
    assertEquals(List.of(
        List.of("--version"),
        List.of("lint", "--format", "gitlab=gl-code-quality-report.json", "--format", "text",
            "--fail-on", "none"),
        List.of("lint", "--changed-since", "$CI_MERGE_REQUEST_DIFF_BASE_SHA")),
        commands.stream().map(Command::args).toList());
    commands.forEach(Command::assertAccepted);

    assertEquals(commands.get(1).formatFile("gitlab").orElseThrow(),
        at(job, "artifacts", "reports", "codequality"), "GitLab reads the file sagelint writes");
    assertEquals("0", at(job, "variables", "GIT_DEPTH"), "--changed-since needs the merge base");
  }

  /** The checker itself: it must reject what the CLI rejects, or the tests above prove nothing. */
  @Test
  void theCheckerRejectsWhatTheCliRejects() {
    String script = """
        # a comment: sagelint lint --nope
        FOO=1 ./sagelint lint --formt github specs/ && echo done
        ./sagelint lint --format gitlabb specs/
        ./sagelint lint --fail-on sometimes \\
          specs/
        ./sagelint --changed-since "origin/${{ github.base_ref }}" 'my specs/' | tee log
        """;
    List<Command> commands = Command.extract(script, null);
    assertEquals(List.of(
        List.of("lint", "--formt", "github", "specs/"),
        List.of("lint", "--format", "gitlabb", "specs/"),
        List.of("lint", "--fail-on", "sometimes", "specs/"),
        List.of("--changed-since", "origin/X", "my specs/")),
        commands.stream().map(Command::args).toList());
    assertThrows(CommandLine.UnmatchedArgumentException.class, () -> commands.get(0).parse());
    assertEquals("unknown format 'gitlabb' (expected one of: text, json, sarif, junit, github, "
        + "checkstyle, gitlab)",
        assertThrows(UsageException.class, () -> commands.get(1).parse()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> commands.get(2).parse());
    commands.get(3).assertAccepted();
  }

  /**
   * A sagelint command line found in a CI script.
   *
   * @param args the arguments after the executable
   * @param condition the step's {@code if:}, or null
   */
  record Command(List<String> args, String condition) {
    /**
     * The sagelint commands of a shell script: lines joined at trailing backslashes, split at
     * {@code ; & | ( )}, words unquoted; a command whose executable's file name is
     * {@code sagelint} (after any {@code NAME=value} prefixes) counts. GitHub expressions
     * {@code ${{ ... }}} become {@code X}; shell variables stay as written.
     */
    static List<Command> extract(String script, String condition) {
      List<Command> out = new ArrayList<>();
      String text = script.replace("\\\n", " ").replaceAll("\\$\\{\\{[^}]*\\}\\}", "X");
      for (String line : text.split("\n")) {
        for (List<String> words : split(line)) {
          int i = 0;
          while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            i++;
          }
          if (i < words.size() && Path.of(words.get(i)).getFileName().toString().equals("sagelint")) {
            out.add(new Command(List.copyOf(words.subList(i + 1, words.size())), condition));
          }
        }
      }
      return out;
    }

    /** Shell words of one line, grouped into commands. */
    private static List<List<String>> split(String line) {
      List<List<String>> commands = new ArrayList<>();
      List<String> words = new ArrayList<>();
      StringBuilder word = null;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\'' || c == '"') {
          int close = line.indexOf(c, i + 1);
          word = word == null ? new StringBuilder() : word;
          word.append(line, i + 1, close);
          i = close;
        } else if (c == '#' && word == null) {
          break;
        } else if (Character.isWhitespace(c) || ";&|()".indexOf(c) >= 0) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
          if (!Character.isWhitespace(c) && !words.isEmpty()) {
            commands.add(words);
            words = new ArrayList<>();
          }
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      if (word != null) {
        words.add(word.toString());
      }
      if (!words.isEmpty()) {
        commands.add(words);
      }
      return commands;
    }

    /**
     * Parses the arguments with the real command tree and checks what picocli leaves to the
     * command (format names and files, {@code --fail-on}), without running anything.
     */
    void parse() {
      Environment env = new Environment(GoldenTest.ROOT, Map.of(), InputStream.nullInputStream(),
          new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false);
      CommandLine cmd = Cli.commandLine(env);
      CommandLine.ParseResult parsed = cmd.parseArgs(
          Cli.withDefaultCommand(args.toArray(String[]::new)));
      if (parsed.subcommand() != null
          && parsed.subcommand().commandSpec().userObject() instanceof LintCommand lint) {
        OutputSpec.resolve(lint.formats, lint.output, env.workingDir());
        if (lint.failOn != null) {
          FailOn.parse(lint.failOn);
        }
      }
    }

    void assertAccepted() {
      try {
        parse();
      } catch (RuntimeException e) {
        throw new AssertionError("sagelint " + String.join(" ", args) + " is rejected: "
            + e.getMessage(), e);
      }
    }

    /** The file of {@code --format NAME=FILE}. */
    Optional<String> formatFile(String name) {
      for (int i = 0; i + 1 < args.size(); i++) {
        if (List.of("--format", "-f").contains(args.get(i)) && args.get(i + 1).startsWith(name + "=")) {
          return Optional.of(args.get(i + 1).substring(name.length() + 1));
        }
      }
      return Optional.empty();
    }
  }
}
