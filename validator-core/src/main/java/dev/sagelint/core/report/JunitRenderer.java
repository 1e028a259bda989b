package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * JUnit XML as Jenkins, GitLab and most CI dashboards read it: one {@code testsuite} per file that
 * findings are located in (or clean linted file), one failing {@code testcase} per finding, and one passing {@code testcase} for a clean file,
 * so that the dashboard shows it was checked. Files that hold no SageMaker document are left out.
 */
public final class JunitRenderer implements Renderer {
  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    List<FindingsByFile.Group> files = FindingsByFile.of(result);
    int tests = files.stream().mapToInt(f -> Math.max(1, f.findings().size())).sum();
    int failures = files.stream().mapToInt(f -> f.findings().size()).sum();
    out.append(Xml.HEADER);
    out.append("<testsuites name=\"sagelint\" tests=\"").append(String.valueOf(tests))
        .append("\" failures=\"").append(String.valueOf(failures)).append("\" errors=\"0\">\n");
    for (FindingsByFile.Group file : files) {
      int n = file.findings().size();
      out.append("  <testsuite name=\"").append(Xml.attr(file.file())).append("\" tests=\"")
          .append(String.valueOf(Math.max(1, n))).append("\" failures=\"").append(String.valueOf(n))
          .append("\" errors=\"0\" skipped=\"0\">\n");
      if (n == 0) {
        out.append("    <testcase name=\"sagelint\" classname=\"").append(Xml.attr(file.file()))
            .append("\"/>\n");
      }
      for (Finding f : file.findings()) {
        out.append("    <testcase name=\"").append(Xml.attr(f.rule() + " " + f.line() + ":" + f.column()
            + (f.pointer().isEmpty() ? "" : " " + f.pointer())))
            .append("\" classname=\"").append(Xml.attr(file.file())).append("\">\n");
        out.append("      <failure type=\"").append(f.rule()).append("\" message=\"")
            .append(Xml.attr(f.message())).append("\">")
            .append(Xml.text(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                + " [" + f.rule() + "] " + f.message()
                + (f.hint() == null || f.hint().isEmpty() ? "" : "\nhint: " + f.hint())))
            .append("</failure>\n");
        out.append("    </testcase>\n");
      }
      out.append("  </testsuite>\n");
    }
    out.append("</testsuites>\n");
  }
}
