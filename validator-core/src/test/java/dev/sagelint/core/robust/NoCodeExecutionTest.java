package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.ConnectionCounter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * YAML tags name classes to a naive loader: {@code !!javax.script.ScriptEngineManager} with a
 * remote class loader is the classic SnakeYAML remote-code gadget. sagelint reads tagged values as
 * plain data and reports the tag; nothing is constructed and no connection is opened.
 */
class NoCodeExecutionTest {
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  /** Counts its constructions; a loader that honoured the tags below would construct it. */
  public static final class Tripwire {
    static final AtomicInteger CREATED = new AtomicInteger();

    public Tripwire() {
      CREATED.incrementAndGet();
    }

    public Tripwire(String ignored) {
      this();
    }
  }

  private static List<String> rules(String yaml) {
    return LINTER.lintText("m.yaml", yaml).findings().stream().map(Finding::rule).toList();
  }

  @Test
  void tagsNamingClassesConstructNothing() {
    String tag = "!!" + Tripwire.class.getName();
    String yaml = "ModelName: m\nExecutionRoleArn: " + tag + " arn\nPrimaryContainer: " + tag + "\n  Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2\n"
        + "Containers: " + tag + " [a]\nVpcConfig: !<tag:yaml.org,2002:" + Tripwire.class.getName() + "> {}\n";
    List<String> found = rules(yaml);
    assertEquals(4, found.stream().filter("SM005"::equals).count(), found.toString());
    assertEquals(0, Tripwire.CREATED.get(), "a YAML tag constructed an object");
  }

  @Test
  void theScriptEngineGadgetOpensNoConnection() throws IOException {
    try (ConnectionCounter server = new ConnectionCounter()) {
      String url = server.url();
      String yaml = "ModelName: m\nExecutionRoleArn: arn:aws:iam::123456789012:role/r\n"
          + "PrimaryContainer:\n  Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2\n  Environment: !!javax.script.ScriptEngineManager "
          + "[!!java.net.URLClassLoader [[!!java.net.URL [\"" + url + "\"]]]]\n";
      List<String> found = rules(yaml);
      assertEquals(List.of("SM005", "SM005", "SM005", "SM103"), found.stream().sorted().toList());
      try {
        Thread.sleep(500); // a loader that fetched the class would have connected by now
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      assertEquals(0, server.connections(), "linting opened a connection");
    }
  }
}
