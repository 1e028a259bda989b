package dev.sagelint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.testing.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChangedFiles} against real repositories made with the git on the machine. */
class ChangedFilesTest {
  @TempDir
  Path dir;

  private static List<String> names(ChangedFiles.Changes c) {
    return c.files().stream().map(p -> c.topLevel().relativize(p).toString()).sorted().toList();
  }

  /** main and a feature branch that diverged from it, with every kind of change on the branch. */
  private GitRepo divergedRepo() {
    GitRepo repo = GitRepo.init(dir);
    repo.write("a.yaml", "a: 1\n").write("b.yaml", "b: 1\n").write("c.yaml", "c: 1\n")
        .write("d.yaml", "d: 1\n").write("keep.yaml", "k: 1\n").write("dirty.yaml", "x: 1\n")
        .write(".gitignore", "ignored.yaml\n").commitAll("base");
    repo.git("checkout", "-q", "-b", "feature");
    repo.git("checkout", "-q", "main");
    // On the target branch after the branch point: not part of the pull request.
    repo.write("keep.yaml", "k: 2\n").write("main-only.yaml", "m: 1\n").commitAll("main moves on");
    repo.git("checkout", "-q", "feature");
    repo.write("a.yaml", "a: 2\n").commitAll("edit a");
    repo.git("rm", "-q", "c.yaml");
    repo.git("mv", "d.yaml", "e.yaml");
    repo.commitAll("delete c, rename d");
    repo.write("b.yaml", "b: 2\n");
    repo.git("add", "b.yaml"); // staged, not committed
    repo.write("dirty.yaml", "x: 2\n"); // neither staged nor committed
    repo.write("sub/new.yaml", "n: 1\n"); // untracked
    repo.write("ignored.yaml", "i: 1\n"); // ignored
    return repo;
  }

  @Test
  void filesChangedSinceTheMergeBaseCommittedStagedUnstagedOrUntrackedButNotDeletedOrIgnored()
      throws Exception {
    GitRepo repo = divergedRepo();
    ChangedFiles.Changes c = ChangedFiles.withGit().since(dir, "main");
    assertEquals(List.of("a.yaml", "b.yaml", "dirty.yaml", "e.yaml", "sub/new.yaml"), names(c));
    assertEquals(repo.git("merge-base", "main", "HEAD").strip(), c.mergeBase());
    assertEquals(repo.git("rev-parse", "main~1").strip(), c.mergeBase(), "the branch point");
    assertEquals(dir.toRealPath(), c.topLevel());
    assertTrue(c.contains(dir.resolve("sub/../a.yaml")));
    assertTrue(!c.contains(dir.resolve("keep.yaml")), "changed on main only");
  }

  @Test
  void fromASubdirectoryTheFilesAreStillNamedFromTheTopLevel() throws Exception {
    divergedRepo();
    ChangedFiles.Changes c = ChangedFiles.withGit().since(dir.resolve("sub"), "main");
    assertEquals(List.of("a.yaml", "b.yaml", "dirty.yaml", "e.yaml", "sub/new.yaml"), names(c));
  }

  @Test
  void aRefThatIsHeadItselfLeavesOnlyWorkTreeChanges() throws Exception {
    divergedRepo();
    ChangedFiles.Changes c = ChangedFiles.withGit().since(dir, "HEAD");
    assertEquals(List.of("b.yaml", "dirty.yaml", "sub/new.yaml"), names(c));
  }

  private String failure(Path where, String ref) {
    return failure(ChangedFiles.withGit(), where, ref);
  }

  private static String failure(ChangedFiles git, Path where, String ref) {
    return assertThrows(ChangedFilesException.class, () -> git.since(where, ref)).getMessage();
  }

  @Test
  void outsideAWorkTree() {
    assertEquals(dir + " is not inside a git work tree", failure(dir, "main"));
  }

  @Test
  void aRefThatIsNotACommit() {
    divergedRepo();
    assertEquals("`origin/main` is not a commit in this repository; in CI, fetch it first "
        + "(e.g. `git fetch origin main`, or a full clone)", failure(dir, "origin/main"));
    assertEquals("`--output=x` is not a git ref (a ref cannot start with `-`)",
        failure(dir, "--output=x"));
  }

  @Test
  void aRepositoryWithoutCommits() {
    GitRepo.init(dir);
    assertEquals("the repository has no commit yet, so nothing can have changed since `main`",
        failure(dir, "main"));
  }

  @Test
  void unrelatedHistoriesHaveNoMergeBase() {
    GitRepo repo = divergedRepo();
    repo.git("checkout", "-q", "--orphan", "unrelated");
    repo.commitAll("a root of its own");
    assertEquals("`main` and HEAD have no common ancestor, so there is no merge base to compare with",
        failure(dir, "main"));
  }

  @Test
  void aShallowCloneSaysHowToFetchTheHistory() throws IOException {
    Path origin = Files.createDirectories(dir.resolve("origin"));
    divergedRepo(origin);
    Path clone = dir.resolve("clone");
    GitRepo.at(dir).git("clone", "-q", "--depth", "1", "--branch", "feature",
        origin.toUri().toString(), clone.toString());
    GitRepo.at(clone).git("fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main");
    assertEquals("`origin/main` and HEAD have no common ancestor in this shallow clone; fetch the "
        + "history (`git fetch --unshallow`, or actions/checkout with fetch-depth: 0)",
        failure(clone, "origin/main"));
  }

  private static void divergedRepo(Path at) {
    GitRepo repo = GitRepo.init(at);
    repo.write("a.yaml", "a: 1\n").commitAll("base");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("a.yaml", "a: 2\n").commitAll("feature");
    repo.git("checkout", "-q", "main");
    repo.write("b.yaml", "b: 1\n").commitAll("main");
  }

  @Test
  void gitThatCannotBeStartedOrHangs() throws IOException {
    divergedRepo();
    String missing = failure(ChangedFiles.withGit("/nonexistent/git", Duration.ofSeconds(5)), dir, "main");
    assertTrue(missing.startsWith("git is needed to find changed files, but `/nonexistent/git` could "
        + "not be started ("), missing);

    Path hanging = dir.resolve("hanging-git");
    Files.writeString(hanging, "#!/bin/sh\nexec sleep 30\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    long start = System.nanoTime();
    assertEquals("`git rev-parse` did not finish within 1 s",
        failure(ChangedFiles.withGit(hanging.toString(), Duration.ofSeconds(1)), dir, "main"));
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "the timeout ended the wait");
  }
}
