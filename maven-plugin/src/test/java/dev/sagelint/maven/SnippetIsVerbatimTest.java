package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code <plugin>} snippet users copy from {@code docs/maven-plugin.md} and the README is the one the
 * {@code readme-snippet} invoker project builds with, so the documented snippet provably works.
 * The only difference allowed is the version, which the invoker fills in from the POM
 * ({@code @project.version@}); the documented version must therefore be this build's.
 */
class SnippetIsVerbatimTest {
  private static final Pattern MARKED = Pattern.compile(
      "<!-- sagelint:maven-snippet:start -->\\R(.*?)<!-- sagelint:maven-snippet:end -->",
      Pattern.DOTALL);

  private static String marked(Path file) throws IOException {
    Matcher m = MARKED.matcher(Files.readString(file));
    assertTrue(m.find(), "no sagelint:maven-snippet markers in " + file);
    String block = m.group(1);
    assertTrue(!m.find(), "more than one marked snippet in " + file);
    return block;
  }

  /** The lines without their common indentation, so the snippet may sit at any depth. */
  private static List<String> dedented(String block) {
    List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
    int indent = lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.substring(indent)).toList();
  }

  @Test
  void theDocumentedSnippetIsTheOneTheInvokerProjectUses() throws IOException {
    assertSnippetMatchesTheInvokerProject(Path.of(System.getProperty("sagelint.docs"), "maven-plugin.md"));
  }

  @Test
  void theReadmeSnippetIsTheOneTheInvokerProjectUses() throws IOException {
    assertSnippetMatchesTheInvokerProject(Path.of(System.getProperty("sagelint.docs"), "..", "README.md"));
  }

  private static void assertSnippetMatchesTheInvokerProject(Path docs) throws IOException {
    Path itPom = Path.of(System.getProperty("sagelint.its"), "readme-snippet", "pom.xml");
    String version = System.getProperty("sagelint.version");

    List<String> documented = dedented(marked(docs));
    assertEquals("```xml", documented.get(0), "the snippet is a fenced xml block");
    assertEquals("```", documented.get(documented.size() - 1));
    documented = documented.subList(1, documented.size() - 1);

    List<String> used = dedented(marked(itPom).replace("@project.version@", version));

    assertEquals(String.join("\n", documented), String.join("\n", used),
        docs.getFileName() + " and src/it/readme-snippet/pom.xml must carry the same <plugin> block");
    assertTrue(documented.stream().anyMatch(l -> l.strip().equals("<version>" + version + "</version>")),
        "the documented snippet shows version " + version);
  }

  @Test
  void theInvokerProjectConfiguresThePluginNowhereElse() throws IOException {
    // Otherwise a <pluginManagement> entry could make the project pass while the snippet alone fails.
    String pom = Files.readString(Path.of(System.getProperty("sagelint.its"), "readme-snippet", "pom.xml"));
    String outside = MARKED.matcher(pom).replaceAll("");
    assertTrue(!outside.contains("sagelint-maven-plugin") && !outside.contains("<plugin>"),
        outside);
    assertEquals(1, Arrays.stream(pom.split("<plugin>", -1)).count() - 1);
  }
}
