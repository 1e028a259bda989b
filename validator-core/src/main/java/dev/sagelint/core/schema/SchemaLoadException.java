package dev.sagelint.core.schema;

/** A schema, or something it references, could not be loaded from sagelint's own bundle. */
public final class SchemaLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SchemaLoadException(String schemaId, Throwable cause) {
    super("cannot load schema " + schemaId + ": " + rootMessage(cause)
        + " (sagelint only loads schemas bundled with it, never from the network or the file system)", cause);
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getMessage() == null ? c.toString() : c.getMessage();
  }
}
