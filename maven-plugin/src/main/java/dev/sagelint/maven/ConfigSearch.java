package dev.sagelint.maven;

import dev.sagelint.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Where the plugin looks for {@code .sagelint.yaml}: from the module's directory up to the reactor
 * root, and no further. Unlike the CLI, which searches up to the file system root, a build must
 * not pick up a stray file from a developer's home directory or a CI workspace above the checkout:
 * the same commit has to lint the same way everywhere.
 */
final class ConfigSearch {
  private ConfigSearch() {}

  /**
   * The directory the search stops at: the highest of {@code candidates} (the top-level project's
   * directory, Maven's multi-module project directory) that contains {@code basedir}. Both are
   * considered because each can be the lower one: {@code mvn -f module/pom.xml} makes the module
   * the top-level project while {@code .mvn/} still marks the root, and without {@code .mvn/} the
   * multi-module directory is just where Maven was started. A candidate that does not contain the
   * module (a module referenced as {@code ../elsewhere}) is ignored.
   */
  static Path boundary(Path basedir, Collection<Path> candidates) {
    Path module = normalize(basedir);
    Path best = module;
    for (Path candidate : candidates) {
      if (candidate == null) {
        continue;
      }
      Path c = normalize(candidate);
      if (module.startsWith(c) && c.getNameCount() < best.getNameCount()) {
        best = c;
      }
    }
    return best;
  }

  /** The nearest configuration file in {@code basedir} or a parent, up to {@code boundary}. */
  static Optional<Path> find(Path basedir, Path boundary) {
    Path start = normalize(basedir);
    Path stop = normalize(boundary);
    if (!start.startsWith(stop)) {
      stop = start;
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(ConfigLoader.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (dir.equals(stop)) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Path normalize(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
