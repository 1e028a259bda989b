package dev.sagelint.schemas.support;

import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Comparator;

import com.networknt.schema.Error;

/**
* One rejected constraint: where (JSON Pointer of the instance), which JSON Schema keyword, and for
* object-level keywords the property involved ({@code required}, {@code additionalProperties},
* {@code propertyNames}); {@code null} otherwise.
*/
public record Finding(String pointer, String keyword, String property) {

  private static final Set<String> PROPERTY_KEYWORDS = Set.of("required", "additionalProperties", "propertyNames");

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer)
      .thenComparing(Finding::keyword)
      .thenComparing(f -> f.property == null ? "" : f.property);

  public static Finding at(String pointer, String keyword) {
    return new Finding(pointer, keyword, null);
  }

  /** The findings networknt reports, in the same form as the model oracle's. */
  public static Set<Finding> of(List<Error> errors) {
    Set<Finding> out = sortedSet();
    for (Error error : errors) {
      String keyword = error.getKeyword();
      String property = PROPERTY_KEYWORDS.contains(keyword) ? error.getProperty() : null;
      out.add(new Finding(error.getInstanceLocation().toString(), keyword, property));
    }
    return out;
  }

  public static Set<Finding> sortedSet() {
    return new TreeSet<>(ORDER);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + " " + keyword + (property == null ? "" : " '" + property + "'");
  }
}
