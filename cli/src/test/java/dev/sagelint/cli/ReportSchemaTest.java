package dev.sagelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The machine-readable reports against the schemas their consumers use: the official SARIF 2.1.0
 * JSON Schema and the JUnit XSD of Jenkins' xUnit plugin (both test data, see
 * {@code src/test/resources/schemas/README.md}). Each schema is also shown to reject a broken
 * report, so a schema that accepted anything could not make these tests pass.
 */
class ReportSchemaTest {
  private static String lintExamples(String format) {
    CliRunner.Result r = CliRunner.run(GoldenTest.ROOT, "--format", format, "examples");
    assertEquals(1, r.exitCode(), r.stderr());
    assertEquals("", r.stderr());
    return r.stdout();
  }

  private static Schema sarifSchema() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
    try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      return registry.getSchema(in);
    }
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws Exception {
    String sarif = lintExamples("sarif");
    assertTrue(sarif.contains("\"results\""));
    List<Error> errors = sarifSchema().validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }

  @Test
  void theSarifSchemaRejectsABrokenReport() throws Exception {
    String broken = lintExamples("sarif").replace("\"startLine\": ", "\"startLine\": -");
    assertTrue(!sarifSchema().validate(broken, InputFormat.JSON).isEmpty());
  }

  private static Validator junitValidator() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // No network, ever: the XSD is self-contained, and nothing external may be fetched.
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    javax.xml.validation.Schema schema =
        f.newSchema(ReportSchemaTest.class.getResource("/schemas/junit-10.xsd"));
    Validator v = schema.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return v;
  }

  @Test
  void junitValidatesAgainstTheJenkinsJunitXsd() throws Exception {
    String xml = lintExamples("junit");
    assertTrue(xml.contains("<failure"));
    junitValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void theJunitXsdRejectsABrokenReport() throws Exception {
    String broken = lintExamples("junit").replaceFirst("<testcase name=\"[^\"]*\"", "<testcase");
    assertThrows(SAXException.class,
        () -> junitValidator().validate(new StreamSource(new StringReader(broken))));
  }
}
