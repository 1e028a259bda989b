package dev.sagelint.cli;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sagelint schema KIND}: print a bundled JSON Schema, e.g. for an editor's language server. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = SagelintCommand.Version.class,
    description = "Print the bundled JSON Schema (draft 2020-12) of a document kind.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema was printed", "2:unknown kind or API version"})
public final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "KIND",
      description = "CreateModel, CreateEndpointConfig, DescribeModel or DescribeEndpointConfig.")
  String kind;

  @Option(names = "--api-version", paramLabel = "VERSION",
      description = "2021-02-22, 2026-08-07 or latest (default).")
  String apiVersion = "latest";

  @Override
  public Integer call() throws IOException {
    DocumentKind k;
    ApiVersion v;
    try {
      k = DocumentKind.parse(kind);
      v = ApiVersion.parse(apiVersion);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String resource = SchemaValidator.schemaResource(v, k);
    try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is missing from this build");
      }
      PrintWriter out = spec.commandLine().getOut();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
