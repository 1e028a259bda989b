package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.io.IOException;

/**
 * Checkstyle XML, the lingua franca of reviewdog, Jenkins warnings-ng and SonarQube importers. One
 * {@code file} element per file that findings are located in, plus one for each clean linted file (as
 * Checkstyle does), one {@code error} per finding; {@code source} is {@code sagelint.<RULE>} so tools can group by rule.
 */
public final class CheckstyleRenderer implements Renderer {
  @Override
  public String name() {
    return "checkstyle";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    out.append(Xml.HEADER);
    out.append("<checkstyle version=\"4.3\">\n");
    for (FindingsByFile.Group file : FindingsByFile.of(result)) {
      if (file.findings().isEmpty()) {
        out.append("  <file name=\"").append(Xml.attr(file.file())).append("\"/>\n");
        continue;
      }
      out.append("  <file name=\"").append(Xml.attr(file.file())).append("\">\n");
      for (Finding f : file.findings()) {
        out.append("    <error line=\"").append(String.valueOf(f.line()))
            .append("\" column=\"").append(String.valueOf(f.column()))
            .append("\" severity=\"").append(f.severity().label())
            .append("\" message=\"").append(Xml.attr(f.fullMessage()))
            .append("\" source=\"sagelint.").append(f.rule()).append("\"/>\n");
      }
      out.append("  </file>\n");
    }
    out.append("</checkstyle>\n");
  }
}
