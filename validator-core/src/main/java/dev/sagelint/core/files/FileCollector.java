package dev.sagelint.core.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the paths a user typed into the files to lint: files as given, directories walked
 * recursively for {@code .json} (so {@code .tf.json} and plan JSON), {@code .yaml}, {@code .yml} and
 * {@code .tf}, filtered by the configured
 * include and exclude globs.
 *
 * <p>Never throws for what it meets on disk: a path that does not exist is reported in
 * {@link Collected#missing()} (a usage error for front-ends), an unreadable directory or a
 * in {@link Collected#warnings()}. Like git and ripgrep, a walk does not follow symbolic links to
 * directories (a path named on the command line is followed), and each real directory is walked
 * at most once, so a link pointing at an ancestor can neither loop nor lint a tree twice.
 *
 * <p>Include globs only filter what a directory walk finds; a file named explicitly is linted
 * whatever its extension, because the user asked for it. Exclude globs apply to both, so a
 * pre-commit hook that passes every changed file still honours them.
 */
public final class FileCollector {
  /** Directories a walk never enters: version control and dependency caches, never specs. */
  private static final Set<String> ALWAYS_SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules");

  private final Path workingDir;
  private final Path baseDir;
  private final List<Glob> include;
  private final List<Glob> exclude;

  /**
   * @param workingDir directory that relative arguments and display names are relative to
   * @param baseDir directory the globs are relative to (the configuration file's directory)
   */
  public FileCollector(Path workingDir, Path baseDir, List<Glob> include, List<Glob> exclude) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
  }

  /**
   * A file to lint and the name to show for it.
   *
   * @param named true when the user named the file itself, not a directory it was found in:
   *     such a file is explained when it is not a SageMaker spec (SM006, SM007)
   */
  public record CollectedFile(Path path, String displayName, boolean named) {
    public CollectedFile(Path path, String displayName) {
      this(path, displayName, false);
    }
  }

  /**
   * A file named explicitly but left out by an {@code exclude} glob.
   *
   * @param argument the file as the user typed it
   * @param pattern the first exclude glob that matches it (the file or a directory above it)
   */
  public record Excluded(String argument, String pattern) {
    /** What to tell the user, {@code config} being the configuration file as shown to them. */
    public String describe(String config) {
      return argument + " is excluded by '" + pattern + "' in " + config + ", so it was not linted";
    }
  }

  /**
   * The outcome of a collection.
   *
   * @param files files to lint, sorted by display name, without duplicates
   * @param missing arguments that name nothing on disk, as typed
   * @param warnings directories that could not be read, one human-readable line each
   * @param excluded files named explicitly that an exclude glob leaves out, in argument order
   */
  public record Collected(List<CollectedFile> files, List<String> missing, List<String> warnings,
      List<Excluded> excluded) {
    public Collected {
      files = List.copyOf(files);
      missing = List.copyOf(missing);
      warnings = List.copyOf(warnings);
      excluded = List.copyOf(excluded);
    }

    public Collected(List<CollectedFile> files, List<String> missing, List<String> warnings) {
      this(files, missing, warnings, List.of());
    }
  }

  public Collected collect(List<String> arguments) {
    Walk walk = new Walk();
    for (String argument : arguments) {
      Path path = workingDir.resolve(argument).normalize();
      if (Files.isDirectory(path)) {
        walk.directory(path);
      } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
        walk.explicitFile(path, argument);
      } else {
        walk.missing.add(argument);
      }
    }
    return new Collected(new ArrayList<>(walk.files.values()), walk.missing, walk.warnings,
        walk.excluded);
  }

  /** The name reports show for {@code path}: relative to the working directory when inside it. */
  public String displayName(Path path) {
    return DisplayNames.of(workingDir, path);
  }

  /** The state of one collection. */
  private final class Walk {
    final TreeMap<String, CollectedFile> files = new TreeMap<>();
    final List<String> missing = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Excluded> excluded = new ArrayList<>();
    final Set<Path> visitedDirs = new HashSet<>();

    void explicitFile(Path path, String argument) {
      String pattern = excludedBy(path);
      if (pattern != null) {
        excluded.add(new Excluded(argument, pattern));
        return;
      }
      // Named: it replaces the entry a directory walk may have made for the same file.
      String name = displayName(path);
      files.put(name, new CollectedFile(path, name, true));
    }

    void directory(Path dir) {
      Path real;
      try {
        real = dir.toRealPath();
      } catch (IOException e) {
        warnings.add(displayName(dir) + ": cannot resolve directory (" + reason(e) + ")");
        return;
      }
      if (!visitedDirs.add(real)) {
        return; // already walked: a symlink loop, or two arguments naming the same tree
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      } catch (IOException | RuntimeException e) {
        warnings.add(displayName(dir) + ": cannot read directory (" + reason(e) + ")");
        return;
      }
      entries.sort(null);
      // Entries are named from the directory's display name: the same string DisplayNames.of
      // gives, without normalising and relativising 10,000 paths (a third of collecting them).
      String prefix = childPrefix(dir);
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        BasicFileAttributes attrs;
        try {
          // One stat without following links, instead of isDirectory + isRegularFile + ...
          attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          continue; // gone since the listing
        }
        if (attrs.isSymbolicLink()) {
          link(entry, name);
        } else if (attrs.isDirectory()) {
          if (!ALWAYS_SKIPPED_DIRS.contains(name) && !excluded(entry)) {
            directory(entry);
          }
        } else if (attrs.isRegularFile() && hasSpecExtension(name) && included(entry)
            && !excluded(entry)) {
          add(entry, prefix + name);
        }
      }
    }

    /** A link: linked directories are not followed; linked spec files are linted. */
    private void link(Path entry, String name) {
      if (!hasSpecExtension(name) || Files.isDirectory(entry)) {
        return;
      }
      if (Files.isRegularFile(entry)) {
        if (included(entry) && !excluded(entry)) {
          add(entry);
        }
      } else if (!Files.exists(entry)) {
        warnings.add(displayName(entry) + ": broken symbolic link, skipped");
      }
    }

    /** What goes before an entry's name in its display name. */
    private String childPrefix(Path dir) {
      if (dir.equals(workingDir)) {
        return "";
      }
      String d = displayName(dir);
      return d.endsWith("/") ? d : d + "/";
    }

    private void add(Path path, String name) {
      files.merge(name, new CollectedFile(path, name), (named, found) -> named);
    }

    private void add(Path path) {
      add(path, displayName(path));
    }
  }

  private boolean included(Path path) {
    if (include.isEmpty()) {
      return true;
    }
    String rel = relativeToBase(path);
    return rel == null || include.stream().anyMatch(g -> g.matches(rel));
  }

  private boolean excluded(Path path) {
    return excludedBy(path) != null;
  }

  /** The first exclude glob that matches {@code path} (or a directory above it), or null. */
  private String excludedBy(Path path) {
    if (exclude.isEmpty()) {
      return null;
    }
    String rel = relativeToBase(path);
    if (rel == null) {
      return null;
    }
    return exclude.stream().filter(g -> g.matches(rel)).map(Glob::pattern).findFirst().orElse(null);
  }

  /** The path relative to the base directory, or null when it lies outside it. */
  private String relativeToBase(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    if (!abs.startsWith(baseDir) || abs.equals(baseDir)) {
      return null;
    }
    return DisplayNames.slashes(baseDir.relativize(abs));
  }

  static boolean hasSpecExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".tf");
  }

  private static String reason(Exception e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }
}
