package dev.sagelint.core.baseline;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.files.DisplayNames;
import dev.sagelint.core.report.AtomicFiles;
import dev.sagelint.core.report.PrettyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a project has accepted for now, so that a run reports only new ones
 * ({@code --write-baseline FILE}, then {@code --baseline FILE}).
 *
 * <p>Findings are identified as in {@link Fingerprint}: rule, file, pointer and normalised
 * message, never the line, so edits elsewhere in a file do not "un-baseline" them. Several
 * findings with the same identity are counted; if a later run has more of them than the baseline
 * recorded, the extra ones are new. File names are stored relative to the baseline file's
 * directory, so the baseline works whatever directory sagelint runs from.
 *
 * <p>The file is JSON, sorted by file, rule, pointer and message, so it diffs well in review.
 */
public final class Baseline {
  /** Bumped when the file's meaning changes; readers refuse versions they do not know. */
  public static final int FORMAT_VERSION = 1;

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
      .thenComparing(Entry::rule).thenComparing(Entry::pointer).thenComparing(Entry::message);

  /**
   * One identity and how many findings had it.
   *
   * @param file the file relative to the baseline's directory ({@code /}-separated)
   */
  public record Entry(String file, String rule, String pointer, String message, int count) {
    Key key() {
      return new Key(file, rule, pointer, message);
    }
  }

  private record Key(String file, String rule, String pointer, String message) {}

  private final Map<Key, Integer> counts;
  private final Path directory;
  private final Path workingDir;

  private Baseline(Map<Key, Integer> counts, Path directory, Path workingDir) {
    this.counts = counts;
    this.directory = directory.toAbsolutePath().normalize();
    this.workingDir = workingDir.toAbsolutePath().normalize();
  }

  /**
   * A baseline of every finding in {@code result}.
   *
   * @param baselineFile where it will be written (file names are stored relative to its directory)
   * @param workingDir the directory the result's file names are relative to
   */
  public static Baseline of(LintResult result, Path baselineFile, Path workingDir) {
    Baseline b = new Baseline(new HashMap<>(), parentOf(baselineFile, workingDir), workingDir);
    for (Finding f : result.findings()) {
      b.counts.merge(b.key(f), 1, Integer::sum);
    }
    return b;
  }

  /** Reads a baseline written by {@link #write}. */
  public static Baseline read(Path file, Path workingDir) throws BaselineException {
    Path abs = workingDir.toAbsolutePath().resolve(file).normalize();
    String shown = DisplayNames.of(workingDir, abs);
    JsonNode root = BaselineText.read(abs, shown);
    if (root == null || !root.isObject() || !root.path("version").isInt()
        || !root.path("findings").isArray()) {
      throw new BaselineException(shown + ": not a sagelint baseline: expected a JSON object with "
          + "\"version\" and \"findings\", as --write-baseline writes it, but "
          + BaselineText.found(root));
    }
    int version = root.get("version").intValue();
    if (version != FORMAT_VERSION) {
      throw new BaselineException(shown + ": baseline format version " + version
          + " is not supported (this sagelint reads version " + FORMAT_VERSION + ")");
    }
    Map<Key, Integer> counts = new HashMap<>();
    int index = 0;
    for (JsonNode e : root.get("findings")) {
      if (!e.path("file").isString() || !e.path("rule").isString() || !e.path("pointer").isString()
          || !e.path("message").isString() || !e.path("count").isInt() || e.get("count").intValue() < 1) {
        throw new BaselineException(shown + ": entry " + index + " of \"findings\" needs string "
            + "\"file\", \"rule\", \"pointer\", \"message\" and a positive \"count\"");
      }
      counts.merge(new Key(e.get("file").asString(), e.get("rule").asString(),
          e.get("pointer").asString(), e.get("message").asString()), e.get("count").intValue(),
          Integer::sum);
      index++;
    }
    return new Baseline(counts, parentOf(abs, workingDir), workingDir);
  }

  /** Writes the baseline atomically. */
  public void write(Path file) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("version", FORMAT_VERSION);
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries()) {
      ObjectNode o = list.addObject();
      o.put("file", e.file());
      o.put("rule", e.rule());
      o.put("pointer", e.pointer());
      o.put("message", e.message());
      o.put("count", e.count());
    }
    AtomicFiles.write(workingDir.resolve(file), PrettyJson.print(root));
  }

  /** Entries in file order. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new Entry(k.file(), k.rule(), k.pointer(), k.message(), n)));
    out.sort(ORDER);
    return Collections.unmodifiableList(out);
  }

  /** Number of findings the baseline accepts. */
  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The result without the findings this baseline accepts.
   *
   * @param result what the run found
   * @param hidden how many findings the baseline accepted
   */
  public record Filtered(LintResult result, int hidden) {}

  public Filtered filter(LintResult result) {
    Map<Key, Integer> remaining = new TreeMap<>(Comparator.comparing(Key::file)
        .thenComparing(Key::rule).thenComparing(Key::pointer).thenComparing(Key::message));
    remaining.putAll(counts);
    int hidden = 0;
    List<FileResult> files = new ArrayList<>();
    for (FileResult file : result.files()) {
      List<Finding> kept = new ArrayList<>();
      // In report order, so that of several identical findings the later ones count as new.
      for (Finding f : file.findings()) {
        Key k = key(f);
        int left = remaining.getOrDefault(k, 0);
        if (left > 0) {
          remaining.put(k, left - 1);
          hidden++;
        } else {
          kept.add(f);
        }
      }
      files.add(kept.size() == file.findings().size() ? file
          : new FileResult(file.file(), file.documents(), kept));
    }
    return new Filtered(new LintResult(files), hidden);
  }

  private Key key(Finding f) {
    Path abs = DisplayNames.resolve(workingDir, f.file());
    // Relative to the baseline, with ../ where needed, so the baseline moves with the repository.
    String file = directory.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
    return new Key(file, f.rule(), f.pointer(), Fingerprint.normalizeMessage(f.message()));
  }

  private static Path parentOf(Path file, Path workingDir) {
    Path abs = workingDir.toAbsolutePath().resolve(file).normalize();
    return abs.getParent() == null ? abs : abs.getParent();
  }
}
