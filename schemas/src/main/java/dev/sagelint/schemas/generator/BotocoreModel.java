package dev.sagelint.schemas.generator;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
* One botocore SageMaker service model ({@code service-2.json}) as a tree of shapes.
*
* <p>Only facts are read from it (types, members, required lists, min/max, enums, patterns);
* the {@code documentation} strings are AWS prose and are never looked at.
*/
public final class BotocoreModel {

  /** The model's version is the date in its file name; botocore's own apiVersion is 2017-07-24 for all of them. */
  private static final Pattern FILE_NAME = Pattern.compile("botocore-sagemaker-(\\d{4}-\\d{2}-\\d{2})\\.service-2\\.json");

  private final String version;
  private final Path source;
  private final JsonNode shapes;

  private BotocoreModel(String version, Path source, JsonNode shapes) {
    this.version = version;
    this.source = source;
    this.shapes = shapes;
  }

  /** Reads a model file whose name follows {@code botocore-sagemaker-<yyyy-mm-dd>.service-2.json}. */
  public static BotocoreModel read(Path file, JsonMapper mapper) {
    String version = versionOf(file);
    if (version == null) {
      throw new IllegalArgumentException("Not a botocore SageMaker model file name: " + file.getFileName());
    }
    JsonNode root = mapper.readTree(file);
    JsonNode shapes = root.get("shapes");
    if (shapes == null || !shapes.isObject()) {
      throw new IllegalArgumentException(file + " has no 'shapes' object; is it a botocore service-2.json?");
    }
    return new BotocoreModel(version, file, shapes);
  }

  /** Builds a model from an in-memory {@code shapes} object; lets tests exercise the mapping on synthetic models. */
  public static BotocoreModel ofShapes(String version, JsonNode shapes) {
    return new BotocoreModel(version, null, shapes);
  }

  /** The model files in a directory, sorted by version (oldest first) so output order never depends on the file system. */
  public static List<Path> findModelFiles(Path modelsDir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(modelsDir)) {
      for (Path file : dir) {
        if (Files.isRegularFile(file) && versionOf(file) != null) {
          files.add(file);
        }
      }
    }
    files.sort((a, b) -> versionOf(a).compareTo(versionOf(b)));
    return files;
  }

  /** The date in a model file's name, or {@code null} when the name does not follow the convention. */
  public static String versionOf(Path file) {
    Matcher m = FILE_NAME.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : null;
  }

  public String version() {
    return version;
  }

  /** The file this model was read from ({@code null} for synthetic models). */
  public Path source() {
    return source;
  }

  public boolean hasShape(String name) {
    return shapes.has(name);
  }

  /** The shape's definition object; fails loudly on a dangling reference because the output would be broken. */
  public JsonNode shape(String name) {
    JsonNode shape = shapes.get(name);
    if (shape == null || !shape.isObject()) {
      throw new IllegalArgumentException("Model " + version + " has no shape named '" + name + "'");
    }
    return shape;
  }

  /** The botocore type of a shape ({@code structure}, {@code string}, ...). */
  public String typeOf(String name) {
    return shape(name).path("type").asString("");
  }

  /**
  * Every shape reachable from {@code root} through structure members, list members and map keys/values,
  * including the root itself, sorted by name. Cycles are fine: a shape is visited once.
  */
  public Set<String> reachableFrom(String root) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      todo.addAll(referencedShapes(name));
    }
    return seen;
  }

  /** Shapes directly referenced by one shape, in model order. */
  public List<String> referencedShapes(String name) {
    JsonNode shape = shape(name);
    List<String> refs = new ArrayList<>();
    for (JsonNode member : shape.path("members").values()) {
      refs.add(member.required("shape").asString());
    }
    for (String part : List.of("member", "key", "value")) {
      JsonNode ref = shape.get(part);
      if (ref != null) {
        refs.add(ref.required("shape").asString());
      }
    }
    return refs;
  }
}
