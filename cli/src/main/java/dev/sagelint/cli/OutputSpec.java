package dev.sagelint.cli;

import dev.sagelint.core.report.Renderer;
import dev.sagelint.core.report.Renderers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one format goes: a file, or standard output when {@code file} is null.
 *
 * @param renderer the format
 * @param file the report file, or null for standard output
 * @param named the report file as the user wrote it, for messages; null for standard output
 */
record OutputSpec(Renderer renderer, Path file, String named) {

  /**
   * Resolves {@code --format} values ({@code NAME} or {@code NAME=FILE}) and {@code --output}.
   * A plain {@code NAME} goes to {@code --output} when given, else to standard output; at most one
   * format may go to standard output, since two would interleave.
   */
  static List<OutputSpec> resolve(List<String> formats, Path output, Path workingDir) {
    List<String> given = formats == null || formats.isEmpty() ? List.of("text") : formats;
    List<OutputSpec> out = new ArrayList<>();
    boolean outputUsed = false;
    for (String f : given) {
      int eq = f.indexOf('=');
      String name = eq < 0 ? f : f.substring(0, eq);
      Renderer r = Renderers.find(name.trim()).orElseThrow(() -> new UsageException(
          "unknown format '" + name + "' (expected one of: " + String.join(", ", Renderers.names()) + ")"));
      Path file;
      String named = null;
      if (eq >= 0) {
        String target = f.substring(eq + 1);
        if (target.isBlank()) {
          throw new UsageException("--format " + f + ": the file name after '=' is missing");
        }
        file = target.equals("-") ? null : workingDir.resolve(target);
        named = file == null ? null : target;
      } else if (output != null) {
        if (outputUsed) {
          throw new UsageException("--output names one file, but several formats would go to it; "
              + "write --format NAME=FILE for each");
        }
        outputUsed = true;
        file = workingDir.resolve(output);
        named = output.toString();
      } else {
        file = null;
      }
      out.add(new OutputSpec(r, file, named));
    }
    if (out.stream().filter(o -> o.file() == null).count() > 1) {
      throw new UsageException("only one format can go to standard output; "
          + "write --format NAME=FILE for the others");
    }
    if (output != null && !outputUsed) {
      throw new UsageException("--output has no format to write: every --format names its own file");
    }
    return out;
  }
}
