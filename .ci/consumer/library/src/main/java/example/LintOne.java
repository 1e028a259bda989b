package example;

import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.Severity;
import java.nio.file.Path;
import java.util.List;

/** Lints the file named by the first argument and prints one line per finding. */
public final class LintOne {
  public static void main(String[] args) {
    // The three lines of README.md's "Use it as a library".
    Linter linter = Linter.create(LintOptions.builder().build());
    LintResult result = linter.lint(List.of(LintInput.file(Path.of(args[0]), args[0])));
    result.findings().forEach(f -> System.out.println(
        f.file() + ":" + f.line() + ":" + f.column() + " " + f.severity() + " " + f.rule()));
    System.exit(result.countAtLeast(Severity.ERROR) > 0 ? 1 : 0);
  }
}
