package dev.sagelint.core.suppress;

import dev.sagelint.core.Finding;
import dev.sagelint.core.files.DisplayNames;
import dev.sagelint.core.files.Glob;
import dev.sagelint.core.parse.Span;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A suppression from the configuration file ({@code suppressions:}): the way to silence a finding
 * in a JSON spec, which cannot carry comments. It matches findings of {@code rule} (an id or id
 * prefix) in files matching {@code path}, at {@code pointer} or below it, or anywhere in the file
 * when {@code pointer} is null.
 *
 * @param path glob relative to {@code baseDir}
 * @param rule rule id or id prefix
 * @param pointer JSON Pointer, or null for the whole file
 * @param reason why, as the user wrote it (may be empty)
 * @param baseDir the configuration file's directory, which {@code path} is relative to
 * @param workingDir the directory findings' file names are relative to
 * @param configFile the configuration file as shown to the user, for reporting unused entries
 * @param location where the entry is written in the configuration file
 */
public record SuppressionEntry(
    Glob path,
    String rule,
    String pointer,
    String reason,
    Path baseDir,
    Path workingDir,
    String configFile,
    Span location) {

  public SuppressionEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    baseDir = baseDir.toAbsolutePath().normalize();
    workingDir = workingDir.toAbsolutePath().normalize();
    reason = reason == null ? "" : reason;
  }

  /** Whether this entry is about the file reports call {@code displayName}. */
  public boolean appliesToFile(String displayName) {
    Path abs = DisplayNames.resolve(workingDir, displayName);
    if (!abs.startsWith(baseDir)) {
      return false;
    }
    String rel = baseDir.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
    return !rel.isEmpty() && path.matches(rel);
  }

  /** Whether this entry silences {@code finding} (the file must already be known to match). */
  public boolean matches(Finding finding) {
    if (!finding.rule().startsWith(rule)) {
      return false;
    }
    return pointer == null || finding.pointer().equals(pointer)
        || finding.pointer().startsWith(pointer.endsWith("/") ? pointer : pointer + "/");
  }
}
