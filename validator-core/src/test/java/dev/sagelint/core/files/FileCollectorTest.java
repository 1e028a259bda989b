package dev.sagelint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
  @TempDir
  Path dir;

  private void touch(String... names) throws IOException {
    for (String n : names) {
      Path p = dir.resolve(n);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "{}");
    }
  }

  private static List<String> names(FileCollector.Collected c) {
    return c.files().stream().map(FileCollector.CollectedFile::displayName).toList();
  }

  private FileCollector collector(List<String> include, List<String> exclude) {
    return new FileCollector(dir, dir, include.stream().map(Glob::compile).toList(),
        exclude.stream().map(Glob::compile).toList());
  }

  @Test
  void walksRecursivelyInNameOrderKeepingOnlySpecExtensions() throws IOException {
    touch("b.yaml", "a.json", "sub/c.YML", "sub/notes.txt", "sub/z/d.yml", "node_modules/x.json",
        ".git/y.json");
    FileCollector.Collected c = collector(List.of(), List.of()).collect(List.of("."));
    assertEquals(List.of("a.json", "b.yaml", "sub/c.YML", "sub/z/d.yml"), names(c));
    assertEquals(List.of(), c.missing());
    assertEquals(List.of(), c.warnings());
  }

  @Test
  void includeFiltersWalksButNotExplicitFilesExcludeFiltersBoth() throws IOException {
    touch("specs/a.json", "other/b.json", "specs/generated/c.json", "notes.txt");
    FileCollector fc = collector(List.of("specs/**"), List.of("generated"));
    assertEquals(List.of("specs/a.json"), names(fc.collect(List.of("."))));
    assertEquals(List.of("notes.txt", "other/b.json"),
        names(fc.collect(List.of("other/b.json", "notes.txt", "specs/generated/c.json"))));
  }

  /** Issue 17: an excluded named file vanished, and the CLI then said "no files found in" it. */
  @Test
  void aNamedFileThatExcludeLeavesOutIsReportedWithItsGlob() throws IOException {
    touch("legacy/b.yaml", "a.yaml", "gen/c.json");
    FileCollector.Collected c = collector(List.of(), List.of("legacy/**", "gen"))
        .collect(List.of("./legacy/b.yaml", "a.yaml", "gen/c.json"));
    assertEquals(List.of("a.yaml"), names(c));
    assertEquals(List.of(new FileCollector.Excluded("./legacy/b.yaml", "legacy/**"),
        new FileCollector.Excluded("gen/c.json", "gen")), c.excluded());
    assertEquals("./legacy/b.yaml is excluded by 'legacy/**' in .sagelint.yaml, so it was not linted",
        c.excluded().get(0).describe(".sagelint.yaml"));
    assertEquals(List.of(), collector(List.of(), List.of("legacy/**")).collect(List.of(".")).excluded());
  }

  @Test
  void namedFilesAreMarkedAndWinOverTheSameFileFoundByAWalk() throws IOException {
    touch("a.yaml", "sub/b.yaml");
    FileCollector fc = collector(List.of(), List.of());
    assertEquals(List.of(false, true), fc.collect(List.of(".", "sub/b.yaml")).files().stream()
        .map(FileCollector.CollectedFile::named).toList());
    assertEquals(List.of(false, true), fc.collect(List.of("sub/b.yaml", ".")).files().stream()
        .map(FileCollector.CollectedFile::named).toList());
  }

  @Test
  void reportsMissingPathsAsTypedAndDeduplicates() throws IOException {
    touch("a.json");
    FileCollector.Collected c = collector(List.of(), List.of())
        .collect(List.of("a.json", "./a.json", ".", "nope.yaml"));
    assertEquals(List.of("a.json"), names(c));
    assertEquals(List.of("nope.yaml"), c.missing());
  }

  @Test
  void aDirectorySymlinkLoopEndsAndLinkedDirectoriesAreNotWalkedTwice() throws IOException {
    touch("tree/a.json");
    Files.createSymbolicLink(dir.resolve("tree/loop"), dir.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("tree"));
    FileCollector fc = collector(List.of(), List.of());
    FileCollector.Collected c = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> fc.collect(List.of(".")));
    assertEquals(List.of("tree/a.json"), names(c));
    // Named explicitly, a link is followed, and the loop inside it still ends.
    FileCollector.Collected viaLink = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> fc.collect(List.of("alias")));
    assertEquals(List.of("alias/a.json"), names(viaLink));
  }

  @Test
  void brokenSymlinksAreWarnedAboutNotFatal() throws IOException {
    touch("a.json");
    Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
    FileCollector.Collected c = collector(List.of(), List.of()).collect(List.of("."));
    assertEquals(List.of("a.json"), names(c));
    assertEquals(List.of("gone.yaml: broken symbolic link, skipped"), c.warnings());
  }

  @Test
  void displayNamesAreRelativeInsideTheWorkingDirectoryAbsoluteOutside() throws IOException {
    touch("in/a.json", "out/b.json");
    FileCollector fc = new FileCollector(dir.resolve("in"), dir, List.of(), List.of());
    FileCollector.Collected c = fc.collect(List.of("a.json", "../out/b.json"));
    assertEquals(List.of(dir.resolve("out/b.json").toString(), "a.json"), names(c));
  }

  @Test
  void aWalkNamesFilesAsDisplayNamesDoesFromInsideOutsideAndTheWorkingDirectoryItself()
      throws IOException {
    // The walk builds names from its directory's name; they must equal the general rule's.
    touch("in/x.json", "in/sub/y.yaml", "in/sub/deep/z.yml", "out/o.json", "out/d/p.json");
    Path wd = dir.resolve("in");
    FileCollector fc = new FileCollector(wd, dir, List.of(), List.of());
    FileCollector.Collected c = fc.collect(List.of(".", "sub", "../out", wd.toString()));
    assertEquals(List.of(dir.resolve("out/d/p.json").toString(), dir.resolve("out/o.json").toString(),
        "sub/deep/z.yml", "sub/y.yaml", "x.json"), names(c));
    for (FileCollector.CollectedFile f : c.files()) {
      assertEquals(DisplayNames.of(wd, f.path()), f.displayName());
    }
  }
}
