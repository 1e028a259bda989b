package dev.sagelint.core.files;

import dev.sagelint.core.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The files of a git work tree that changed since a ref, for pull-request checks
 * ({@code sagelint lint --changed-since REF}).
 *
 * <p>"Changed" means: every file that differs between the merge base of REF and HEAD and the work
 * tree, whether the change is committed, staged or neither, plus every untracked file that git
 * does not ignore. Deleted files are left out (there is nothing to lint); a renamed file counts
 * under its new name. The merge base, not REF itself, is what a pull request is reviewed against:
 * commits that landed on the target branch after the branch point are not the change under
 * review ({@code git diff REF...HEAD} semantics, extended to the work tree so a local run before
 * committing sees the same files as CI after it).
 *
 * <p>Runs {@code git} as a subprocess (no library can match git's own view of ignores, attributes
 * and worktrees), each call bounded by a timeout, with optional locks off so it never takes the
 * index lock from a git process running at the same time (a commit hook, an editor).
 */
public final class ChangedFiles {
  /** Generous for the largest repositories; a git that hangs (a network file system) fails the run. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final String git;
  private final Duration timeout;

  private ChangedFiles(String git, Duration timeout) {
    this.git = Objects.requireNonNull(git, "git");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Uses {@code git} from PATH with {@link #DEFAULT_TIMEOUT}. */
  public static ChangedFiles withGit() {
    return new ChangedFiles("git", DEFAULT_TIMEOUT);
  }

  /** Uses the given git executable and timeout (tests: a git that does not exist, a short timeout). */
  public static ChangedFiles withGit(String executable, Duration timeout) {
    return new ChangedFiles(executable, timeout);
  }

  /**
   * What changed since a ref.
   *
   * @param ref the ref as given
   * @param mergeBase full commit id of the merge base of {@code ref} and HEAD
   * @param topLevel the work tree's root, as git reports it (symbolic links resolved)
   * @param files changed files, absolute, under {@code topLevel}, sorted
   */
  public record Changes(String ref, String mergeBase, Path topLevel, Set<Path> files) {
    public Changes {
      files = Set.copyOf(new TreeSet<>(files));
    }

    /**
     * Whether {@code file} is one of the changed files. Compares canonical paths (see
     * {@link #canonical(Path)}), so a work tree reached through a symbolic link still matches.
     */
    public boolean contains(Path file) {
      return files.contains(canonical(file));
    }
  }

  /**
   * The file as an absolute path whose directories have symbolic links resolved but whose last
   * name is kept: git names a tracked symbolic link by its own path, not its target's.
   */
  public static Path canonical(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null) {
      return abs;
    }
    try {
      return parent.toRealPath().resolve(abs.getFileName());
    } catch (IOException e) {
      return abs; // a directory that vanished: compare as given
    }
  }

  /**
   * The files changed since {@code ref} in the work tree that contains {@code workingDir}.
   *
   * @throws ChangedFilesException when git cannot be run, {@code workingDir} is not in a work tree,
   *     {@code ref} is not a commit, or it shares no history with HEAD; the message says which
   */
  public Changes since(Path workingDir, String ref) throws ChangedFilesException {
    if (ref.isEmpty() || ref.startsWith("-")) {
      // git would read it as an option; refuse rather than pass it on.
      throw failure("git.badref.dash", ref);
    }
    Result top = run(workingDir, "rev-parse", "--show-toplevel");
    if (top.code() != 0 || top.stdout().isBlank()) {
      throw failure("git.notrepo", workingDir);
    }
    Path topLevel = Path.of(top.stdout().strip());
    if (run(topLevel, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").code() != 0) {
      throw failure("git.nohead", ref);
    }
    Result commit = run(topLevel, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.code() != 0) {
      throw failure("git.badref", ref);
    }
    Result base = run(topLevel, "merge-base", commit.stdout().strip(), "HEAD");
    if (base.code() != 0 || base.stdout().isBlank()) {
      if (base.code() > 1) {
        throw failure("git.failed", "merge-base", firstLine(base.stderr()));
      }
      boolean shallow = run(topLevel, "rev-parse", "--is-shallow-repository").stdout().strip()
          .equals("true");
      throw failure(shallow ? "git.nomergebase.shallow" : "git.nomergebase", ref);
    }
    String mergeBase = base.stdout().strip();

    Set<Path> files = new TreeSet<>();
    // Against the work tree: committed, staged and unstaged changes alike. --no-renames turns a
    // rename into a deletion and an addition, and --diff-filter=d drops deletions.
    for (String name : nulSeparated(checked(topLevel, "diff", "--name-only", "-z", "--no-renames",
        "--diff-filter=d", "--ignore-submodules", mergeBase, "--"))) {
      files.add(canonical(topLevel.resolve(name)));
    }
    // Run from the top level, so the names are relative to it as diff's are.
    for (String name : nulSeparated(checked(topLevel, "ls-files", "-z", "--others",
        "--exclude-standard"))) {
      files.add(canonical(topLevel.resolve(name)));
    }
    return new Changes(ref, mergeBase, topLevel, files);
  }

  /** The outcome of one git call. */
  private record Result(int code, String stdout, String stderr) {}

  private String checked(Path dir, String... args) throws ChangedFilesException {
    Result r = run(dir, args);
    if (r.code() != 0) {
      throw failure("git.failed", args[0], firstLine(r.stderr()));
    }
    return r.stdout();
  }

  private Result run(Path dir, String... args) throws ChangedFilesException {
    List<String> command = new ArrayList<>(args.length + 1);
    command.add(git);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // Never wait for the index lock, never write the index: read-only, safe beside a running git.
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw failure("git.missing", git, e.getMessage());
    }
    try {
      p.getOutputStream().close();
      // Both pipes are drained while git runs: a full stderr pipe would block it forever.
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw failure("git.timeout", args[0], timeout.toSeconds());
      }
      return new Result(p.exitValue(), out.get(timeout.toMillis(), TimeUnit.MILLISECONDS),
          err.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw failure("git.failed", args[0], "interrupted");
    } catch (TimeoutException e) {
      p.destroyForcibly();
      throw failure("git.timeout", args[0], timeout.toSeconds());
    } catch (IOException | ExecutionException e) {
      p.destroyForcibly();
      throw failure("git.failed", args[0], String.valueOf(e.getMessage()));
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> nulSeparated(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("\0")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String firstLine(String s) {
    String line = s.strip().lines().findFirst().orElse("");
    return line.isEmpty() ? "no message" : line;
  }

  private static ChangedFilesException failure(String key, Object... args) {
    return new ChangedFilesException(Messages.format(ChangedFiles.class, key, args));
  }
}
