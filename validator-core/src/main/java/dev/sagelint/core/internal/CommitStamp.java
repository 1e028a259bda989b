package dev.sagelint.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Build step (validator-core's {@code process-classes} phase): records the git commit the classes
 * were built from, for {@code sagelint --version}. Asks git itself, so worktrees, packed refs and
 * detached heads need no parsing here; a build without git or outside a repository (a source
 * archive) records {@code unknown} rather than failing.
 */
public final class CommitStamp {
  /** Where the commit is written, relative to the class output directory; read by SagelintVersion. */
  public static final String RESOURCE = "dev/sagelint/core/commit.txt";

  private CommitStamp() {}

  /** Arguments: the class output directory, the repository's root. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]).resolve(RESOURCE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, commit(Path.of(args[1])) + "\n", StandardCharsets.UTF_8);
  }

  static String commit(Path root) {
    try {
      Process p = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--verify", "HEAD")
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "unknown";
      }
      return p.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : "unknown";
    } catch (IOException e) {
      return "unknown"; // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
