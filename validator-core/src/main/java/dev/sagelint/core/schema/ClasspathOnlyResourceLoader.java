package dev.sagelint.core.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;

/**
 * The only way schemas reach the validator: from sagelint's own classpath. Any other IRI (http,
 * https, file, jar...) fails with a clear message before a connection or file is ever opened, so a
 * hostile {@code $ref} cannot make a linter in CI phone home or read local files.
 */
final class ClasspathOnlyResourceLoader implements ResourceLoader {
  static final String CLASSPATH = "classpath:";

  private final ClassLoader loader;

  ClasspathOnlyResourceLoader(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public InputStreamSource getResource(AbsoluteIri iri) {
    String text = iri.toString();
    if (!text.startsWith(CLASSPATH)) {
      return () -> {
        throw new IOException("sagelint loads schemas only from its own bundle and will not fetch '"
            + text + "'");
      };
    }
    String path = text.substring(CLASSPATH.length()).replaceFirst("^/+", "");
    return () -> {
      InputStream in = loader.getResourceAsStream(path);
      if (in == null) {
        throw new IOException("schema '" + text + "' is not bundled with sagelint");
      }
      return in;
    };
  }
}
