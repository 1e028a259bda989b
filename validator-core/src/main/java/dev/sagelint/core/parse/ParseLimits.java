package dev.sagelint.core.parse;

/**
 * Bounds that keep hostile input from exhausting memory, stack or time. The defaults are far above
 * anything SageMaker accepts (its largest string member is a few KiB and documents nest about ten
 * levels deep) and far below what would hurt a CI runner.
 *
 * @param maxFileBytes files larger than this are not read at all
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string or key, in characters
 * @param maxNodes most values per file (all documents of a YAML stream together), counting each
 *     YAML alias as the size of what it repeats (this is what stops "billion laughs")
 */
public record ParseLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNodes) {

  /**
   * The defaults. {@code maxNodes} is 100,000 rather than a million because of what one bad value
   * costs: when every value of an array or map breaks the schema, each one carries a validator
   * error, a violation and a finding, and a 400,000-value file (under 2 MB) ran a 256 MiB heap
   * out of memory. A SageMaker request, capped at a few hundred KiB, has far fewer values.
   */
  public static final ParseLimits DEFAULT = new ParseLimits(16L * 1024 * 1024, 128, 1_000_000, 100_000);

  /**
   * The deepest {@code maxDepth} may be set: parsing, validation and rules walk the tree
   * recursively, and a worker thread's stack overflows somewhere past 1500 levels.
   */
  public static final int MAX_DEPTH_CEILING = 1000;

  /** The names of the limits in the configuration file, under {@code limits:}. */
  public static final String KEY_FILE_BYTES = "max-file-bytes";
  public static final String KEY_DEPTH = "max-depth";
  public static final String KEY_STRING_LENGTH = "max-string-length";
  public static final String KEY_NODES = "max-nodes";

  public ParseLimits {
    if (maxFileBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("parse limits must be positive");
    }
    if (maxDepth > MAX_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          KEY_DEPTH + " can be at most " + MAX_DEPTH_CEILING + ", not " + maxDepth);
    }
  }
}
