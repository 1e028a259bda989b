package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
 *
 * <pre>::error file=specs/model.yaml,line=4,col=5,endLine=4,endColumn=17,title=SM102::Member ...</pre>
 *
 * <p>GitHub parses these lines itself, so values are escaped as its toolkit does: {@code %},
 * CR and LF everywhere, and also {@code :} and {@code ,} inside properties, which would otherwise
 * end a property early.
 */
public final class GithubRenderer implements Renderer {
  @Override
  public String name() {
    return "github";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    for (Finding f : result.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.append("::").append(command)
          .append(" file=").append(property(f.file()))
          .append(",line=").append(String.valueOf(f.line()))
          .append(",col=").append(String.valueOf(f.column()))
          .append(",endLine=").append(String.valueOf(f.endLine()))
          .append(",endColumn=").append(String.valueOf(f.endColumn()))
          .append(",title=").append(property(f.rule()))
          .append("::").append(data(f.hint() == null || f.hint().isEmpty() ? f.message()
              : f.message() + "\n" + f.hint()))
          .append('\n');
    }
  }

  /**
   * Escapes a command's message. Line breaks are the toolkit's {@code %0A}; other control
   * characters from the file are shown as escapes, since the runner's log is a terminal too.
   */
  static String data(String s) {
    return Printable.escape(s, "\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
