package dev.sagelint.core.source;

import dev.sagelint.core.parse.JsonPointer;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a pointer into a spec's view into the pointer of the same value in the file. A front end
 * records the file pointer of each view node it builds; a pointer below the deepest recorded one
 * keeps its remaining tokens (a member that is absent in the view is absent at the same place in
 * the file).
 */
public final class PointerMap {
  /** The view is the document: pointers are the same. */
  public static final PointerMap IDENTITY = new PointerMap(Map.of());

  private final Map<String, String> toFile;

  private PointerMap(Map<String, String> toFile) {
    this.toFile = toFile;
  }

  /** A builder; record at least the root ({@code ""}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The file pointer of the value at {@code viewPointer}. */
  public String toFile(String viewPointer) {
    if (toFile.isEmpty()) {
      return viewPointer;
    }
    String prefix = viewPointer;
    while (true) {
      String mapped = toFile.get(prefix);
      if (mapped != null) {
        return mapped + viewPointer.substring(prefix.length());
      }
      if (prefix.isEmpty()) {
        return viewPointer;
      }
      prefix = JsonPointer.parent(prefix);
    }
  }

  /** Collects view pointer to file pointer pairs while a front end builds a view. */
  public static final class Builder {
    private final Map<String, String> toFile = new HashMap<>();

    public Builder put(String viewPointer, String filePointer) {
      toFile.put(viewPointer, filePointer);
      return this;
    }

    public PointerMap build() {
      return new PointerMap(Map.copyOf(toFile));
    }
  }
}
