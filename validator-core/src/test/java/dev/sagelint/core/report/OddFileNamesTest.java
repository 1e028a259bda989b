package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 row 4: a file whose name holds a colon, a space, {@code #}, {@code %} or non-ASCII
 * letters is named correctly in every format (SARIF used to write {@code "uri": null} for
 * {@code x:y.yaml}, which reads as a URI scheme).
 */
class OddFileNamesTest {
  private static final String NAME = "dir/x:y #1 %2 \u00e9t\u00e9.yaml";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String render(String format, String file) {
    Finding f = new Finding("SM102", Severity.ERROR, "`X` is unknown.", null, file, "/X", 0, 2, 3, 2, 4,
        null);
    LintResult r = new LintResult(List.of(new FileResult(file, List.of(), List.of(f))));
    return Renderers.find(format).orElseThrow()
        .render(r, ReportContext.of(ApiVersion.V2026_08_07, SourceLines.none()));
  }

  @Test
  void sarifWritesAValidRelativeUriReferenceThatDecodesToTheName() {
    JsonNode location = JSON.readTree(render("sarif", NAME)).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    String uri = location.get("uri").asString();
    assertEquals("dir/x%3Ay%20%231%20%252%20%C3%A9t%C3%A9.yaml", uri);
    assertEquals("%SRCROOT%", location.get("uriBaseId").asString());
    URI parsed = URI.create(uri);
    assertEquals(null, parsed.getScheme());
    assertEquals(NAME, parsed.getPath());
    assertEquals("x%3Ay.yaml", JSON.readTree(render("sarif", "x:y.yaml"))
        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
  }

  @Test
  void everyOtherFormatNamesTheFileAsItIsWithItsOwnEscaping() {
    assertTrue(render("text", NAME).startsWith(NAME + ":2:3: error [SM102] "), render("text", NAME));
    assertEquals(NAME, JSON.readTree(render("json", NAME)).at("/findings/0/file").asString());
    assertEquals(NAME, JSON.readTree(render("gitlab", NAME)).at("/0/location/path").asString());
    assertTrue(render("github", NAME).startsWith("::error file=dir/x%3Ay #1 %252 \u00e9t\u00e9.yaml,line=2,"),
        render("github", NAME));
    assertTrue(render("checkstyle", NAME).contains("<file name=\"dir/x:y #1 %2 \u00e9t\u00e9.yaml\">"),
        render("checkstyle", NAME));
    assertTrue(render("junit", NAME).contains("dir/x:y #1 %2 \u00e9t\u00e9.yaml"), render("junit", NAME));
  }
}
