package dev.sagelint.core.report;

import dev.sagelint.core.LintResult;
import java.io.IOException;

/**
 * Turns a {@link LintResult} into one output format. Implementations are stateless, write nothing
 * but {@code out}, and produce the same bytes for the same result and context, whatever the
 * machine or thread count: output is compared byte for byte in tests and diffed in CI.
 */
public interface Renderer {
  /** The format's name, as given to {@code --format}. */
  String name();

  void render(LintResult result, ReportContext context, Appendable out) throws IOException;

  /** Renders to a string (tests, small reports). */
  default String render(LintResult result, ReportContext context) {
    StringBuilder sb = new StringBuilder();
    try {
      render(result, context, sb);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return sb.toString();
  }
}
