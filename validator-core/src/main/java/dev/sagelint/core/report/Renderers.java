package dev.sagelint.core.report;

import java.util.List;
import java.util.Optional;

/** Every output format, by name. */
public final class Renderers {
  private static final List<Renderer> ALL = List.of(new TextRenderer(), new JsonRenderer(),
      new SarifRenderer(), new JunitRenderer(), new GithubRenderer(), new CheckstyleRenderer(),
      new GitlabRenderer());

  private Renderers() {}

  public static List<Renderer> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(Renderer::name).toList();
  }

  public static Optional<Renderer> find(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
