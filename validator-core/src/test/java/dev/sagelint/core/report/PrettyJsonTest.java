package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PrettyJsonTest {
  @Test
  void printsTheHouseStyle() {
    ObjectNode o = PrettyJson.object();
    o.put("a", 1).put("b", "x\"y").putNull("c");
    o.putArray("d");
    o.putObject("e").put("f", 1.5);
    assertEquals("{\n  \"a\": 1,\n  \"b\": \"x\\\"y\",\n  \"c\": null,\n  \"d\": [],\n"
        + "  \"e\": {\n    \"f\": 1.5\n  }\n}\n", PrettyJson.print(o));
  }

  @Test
  void aReportThatFailsHalfwayIsLeftUnfinishedNotClosedAsIfComplete() {
    // Otherwise a CI step would upload a well-formed report that silently lacks findings.
    StringBuilder out = new StringBuilder();
    assertThrows(IllegalStateException.class, () -> PrettyJson.stream(out, g -> {
      g.writeStartObject();
      g.writeName("results");
      g.writeStartArray();
      g.writeNumber(1);
      throw new IllegalStateException("rendering failed");
    }));
    assertEquals("{\n  \"results\": [\n    1", out.toString());
  }

  @Test
  void aWriteErrorReachesTheCallerAsAnIOException() {
    Appendable full = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("disk full");
      }
    };
    IOException e = assertThrows(IOException.class,
        () -> PrettyJson.stream(full, g -> g.writeTree(PrettyJson.object().put("a", "b"))));
    assertEquals("disk full", e.getMessage());
  }
}
