package dev.sagelint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source lines for excerpts under findings, looked up by the file's display name. Files are read
 * again at render time (the linter keeps no text, so memory stays flat over large trees), at most
 * once each, and never beyond a size cap: a file too large to lint is too large to excerpt.
 */
public final class SourceLines {
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Map<String, Path> paths = new HashMap<>();
  private final Map<String, List<String>> texts = new HashMap<>();

  /** No sources: excerpts are left out. */
  public static SourceLines none() {
    return new SourceLines();
  }

  /** Registers the file a display name stands for. */
  public SourceLines file(String displayName, Path path) {
    paths.put(displayName, path);
    return this;
  }

  /** Registers in-memory text (stdin) for a display name. */
  public SourceLines text(String displayName, String text) {
    texts.put(displayName, split(text));
    return this;
  }

  /** The 1-based {@code line} of {@code file}, without its line break, if known. */
  public Optional<String> line(String file, int line) {
    List<String> lines = texts.computeIfAbsent(file, this::read);
    if (lines == null || line < 1 || line > lines.size()) {
      return Optional.empty();
    }
    return Optional.of(lines.get(line - 1));
  }

  private List<String> read(String file) {
    Path p = paths.get(file);
    if (p == null) {
      return null;
    }
    try {
      if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes((int) MAX_BYTES);
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return split(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      return null; // an excerpt is a convenience; the finding itself is still reported
    }
  }

  private static List<String> split(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }
}
