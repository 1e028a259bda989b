package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default, human format: {@code file:line:col: severity [RULE] message} (the shape editors and
 * terminals turn into links), then the source line with carets under the span and the fix hint,
 * then one summary line. On lines longer than {@link ExcerptWindow#WIDTH} characters the excerpt
 * is a window around the column.
 *
 * <pre>
 * specs/model.yaml:4:5: error [SM102] Member `ModelDataURL` is not part of ...
 *   4 |     ModelDataURL: s3://bucket/model.tar.gz
 *     |     ^^^^^^^^^^^^
 *     = hint: Did you mean `ModelDataUrl`?
 * </pre>
 */
public final class TextRenderer implements Renderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BLUE = "\u001b[1;34m";
  private static final String CYAN = "\u001b[36m";

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    Style style = new Style(context.color());
    for (Finding f : result.findings()) {
      // File names, messages and hints may quote the file: control characters are escaped.
      out.append(style.paint(BOLD, Printable.text(f.file()) + ":" + f.line() + ":" + f.column() + ":"))
          .append(' ')
          .append(style.paint(colour(f.severity()), f.severity().label())).append(' ')
          .append(style.paint(DIM, "[" + f.rule() + "]")).append(' ')
          .append(Printable.text(f.message())).append('\n');
      excerpt(f, context.sources(), style, out);
      out.append('\n');
    }
    out.append(style.paint(BOLD, summary(Summary.of(result, context)))).append('\n');
  }

  private static void excerpt(Finding f, SourceLines sources, Style style, Appendable out)
      throws IOException {
    Optional<String> source = sources.line(f.file(), f.line());
    String gutter = " ".repeat(String.valueOf(f.line()).length());
    if (source.isPresent()) {
      String line = source.get();
      ExcerptWindow shown = ExcerptWindow.of(line, f.column(),
          f.endLine() == f.line() ? f.endColumn() : line.length() + 1);
      out.append(style.paint(BLUE, "  " + f.line() + " |")).append(shown.text().isEmpty() ? "" : " ")
          .append(shown.text()).append('\n');
      out.append(style.paint(BLUE, "  " + gutter + " |")).append(' ')
          .append(shown.padding())
          .append(style.paint(colour(f.severity()), "^".repeat(shown.carets()))).append('\n');
    }
    if (f.hint() != null && !f.hint().isEmpty()) {
      out.append(style.paint(BLUE, "  " + gutter + " =")).append(' ')
          .append(style.paint(CYAN, "hint:")).append(' ').append(Printable.text(f.hint())).append('\n');
    }
    for (Finding.Related r : f.related()) {
      out.append(style.paint(BLUE, "  " + gutter + " =")).append(' ')
          .append(style.paint(CYAN, "see:")).append(' ')
          .append(Printable.text(r.file() + ":" + r.line() + ":" + r.column() + ": " + r.message()))
          .append('\n');
    }
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> BLUE;
    };
  }

  /** The closing line, e.g. "Found 3 problems (2 errors, 1 warning) in 2 files. Checked 4 files, skipped 1." */
  static String summary(Summary s) {
    StringBuilder sb = new StringBuilder();
    if (s.findings() == 0) {
      sb.append("No problems found.");
    } else {
      List<String> parts = new ArrayList<>();
      if (s.errors() > 0) {
        parts.add(plural(s.errors(), "error", "errors"));
      }
      if (s.warnings() > 0) {
        parts.add(plural(s.warnings(), "warning", "warnings"));
      }
      if (s.infos() > 0) {
        parts.add(plural(s.infos(), "info", "infos"));
      }
      sb.append("Found ").append(plural(s.findings(), "problem", "problems"))
          .append(" (").append(String.join(", ", parts)).append(") in ")
          .append(plural(s.filesWithFindings(), "file", "files")).append('.');
    }
    sb.append(" Checked ").append(plural(s.checked(), "file", "files"));
    if (s.skipped() > 0) {
      sb.append(", skipped ").append(s.skipped()).append(" (not SageMaker specs)");
    }
    sb.append('.');
    if (s.baselineHidden() > 0) {
      sb.append(' ').append(plural(s.baselineHidden(), "known problem", "known problems"))
          .append(" hidden by the baseline.");
    }
    return sb.toString();
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** ANSI styling that is a no-op when colour is off. */
  private record Style(boolean enabled) {
    String paint(String code, String text) {
      return enabled ? code + text + RESET : text;
    }
  }
}
