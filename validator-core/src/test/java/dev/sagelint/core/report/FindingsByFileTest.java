package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentResult;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 review: Checkstyle and JUnit named the linted file (a Terraform plan) next to line
 * numbers that count in another file (the module's root.tf), so a jump went to the wrong file.
 */
class FindingsByFileTest {
  private static final Finding IN_TF = new Finding("SM401", Severity.WARNING, "Too small.", null,
      "root.tf", "/ProductionVariants/0", 0, 18, 5, 18, 9, null);

  /** plan.json was linted; its one finding sits in root.tf; clean.json was linted and is clean. */
  private static LintResult result() {
    return new LintResult(List.of(
        new FileResult("plan.json", List.of(), List.of(IN_TF)),
        new FileResult("clean.json",
            List.of(new DocumentResult(0, Optional.empty(), null)), List.of())));
  }

  private static ReportContext context() {
    return ReportContext.of(ApiVersion.V2026_08_07, SourceLines.none());
  }

  @Test
  void checkstyleNamesTheFileTheLineNumbersCountIn() {
    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="clean.json"/>
          <file name="root.tf">
            <error line="18" column="5" severity="warning" message="Too small." source="sagelint.SM401"/>
          </file>
        </checkstyle>
        """, new CheckstyleRenderer().render(result(), context()));
  }

  @Test
  void junitNamesTheFileTheLineNumbersCountIn() {
    assertEquals("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="sagelint" tests="2" failures="1" errors="0">
          <testsuite name="clean.json" tests="1" failures="0" errors="0" skipped="0">
            <testcase name="sagelint" classname="clean.json"/>
          </testsuite>
          <testsuite name="root.tf" tests="1" failures="1" errors="0" skipped="0">
            <testcase name="SM401 18:5 /ProductionVariants/0" classname="root.tf">
              <failure type="SM401" message="Too small.">root.tf:18:5: warning [SM401] Too small.</failure>
            </testcase>
          </testsuite>
        </testsuites>
        """, new JunitRenderer().render(result(), context()));
  }

  @Test
  void findingsOfTwoLintedFilesInTheSameFileShareOneGroupInReportOrder() {
    Finding earlier = new Finding("SM102", Severity.ERROR, "Unknown.", null, "root.tf", "/X", 0, 3, 1,
        3, 2, null);
    LintResult both = new LintResult(List.of(
        new FileResult("plan.json", List.of(), List.of(IN_TF)),
        new FileResult("root.tf", List.of(), List.of(earlier))));
    List<FindingsByFile.Group> groups = FindingsByFile.of(both);
    assertEquals(1, groups.size());
    assertEquals("root.tf", groups.get(0).file());
    assertEquals(List.of(earlier, IN_TF), groups.get(0).findings());
  }
}
