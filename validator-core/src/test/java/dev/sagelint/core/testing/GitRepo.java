package dev.sagelint.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a test's temporary directory, driven by the git on the machine. The
 * machine's git configuration is kept out (no global or system file), so commit signing or hooks
 * set up there cannot change a test's outcome.
 */
public final class GitRepo {
  private final Path dir;

  private GitRepo(Path dir) {
    this.dir = dir;
  }

  /** {@code git init} on branch {@code main}, with an author for commits. */
  public static GitRepo init(Path dir) {
    GitRepo repo = new GitRepo(dir);
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.name", "sagelint tests");
    repo.git("config", "user.email", "tests@sagelint.invalid");
    return repo;
  }

  /** An existing repository (a clone made with {@link #git}). */
  public static GitRepo at(Path dir) {
    return new GitRepo(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Writes a file (creating directories) relative to the repository. */
  public GitRepo write(String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code git add -A} and a commit; returns the new commit id. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  /** Runs git in the repository and returns its standard output; fails the test on an error. */
  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Path err = Files.createTempFile("git-", ".err");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectError(err.toFile());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new AssertionError(String.join(" ", command) + " failed: " + Files.readString(err));
        }
        return out;
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
