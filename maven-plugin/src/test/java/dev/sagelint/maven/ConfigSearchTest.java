package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which directory bounds the configuration search, from what Maven tells the goal. */
class ConfigSearchTest {
  private static final Path MODULE = Path.of("/repo/services/churn").toAbsolutePath();

  private static Path boundary(Path... candidates) {
    return ConfigSearch.boundary(MODULE, Arrays.asList(candidates));
  }

  @Test
  void theHigherOfTopLevelProjectAndMultiModuleDirectoryWins() {
    Path repo = MODULE.getParent().getParent();
    Path services = MODULE.getParent();
    // mvn -f services/pom.xml in a repository with .mvn/ at its root: the root still bounds it.
    assertEquals(repo, boundary(services, repo));
    assertEquals(repo, boundary(repo, services));
  }

  @Test
  void candidatesThatDoNotContainTheModuleAreIgnored() {
    Path sibling = Path.of("/elsewhere").toAbsolutePath();
    assertEquals(MODULE.getParent(), boundary(sibling, MODULE.getParent(), null));
  }

  @Test
  void withoutAUsableCandidateOnlyTheModuleItselfIsSearched() {
    assertEquals(MODULE, ConfigSearch.boundary(MODULE, List.of()));
    assertEquals(MODULE, boundary(Path.of("/other").toAbsolutePath()));
  }
}
