package dev.sagelint.core.report;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} over the {@link Appendable} a renderer is given, for code that streams to a
 * writer (Jackson's generator). A writer passes through as it is; anything else (the {@code
 * StringBuilder} of {@link Renderer#render(dev.sagelint.core.LintResult, ReportContext)}) is
 * wrapped. Closing it leaves the target open: the caller owns that.
 */
final class AppendableWriter extends Writer {
  private final Appendable out;

  private AppendableWriter(Appendable out) {
    this.out = out;
  }

  static Writer of(Appendable out) {
    return out instanceof Writer w ? w : new AppendableWriter(out);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    out.append(CharBuffer.wrap(chars, offset, length));
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    out.append(s, offset, offset + length);
  }

  @Override
  public void flush() throws IOException {
    if (out instanceof Flushable f) {
      f.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
