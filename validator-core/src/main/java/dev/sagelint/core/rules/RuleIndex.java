package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules' metadata by class name, written at build time ({@link #main}, bound to
 * validator-core's {@code process-classes} phase) and read at run time instead of the annotations.
 * Reading ~90 classes' annotations costs a one-file run tens of milliseconds (annotation parsing
 * and proxy classes that the class-data sharing archive cannot hold); this file costs about one.
 *
 * <p>The index is used only when it is read from a jar. The Maven lifecycle writes it before it
 * packages the classes, so a jar's index always describes that jar's classes; classes run from a
 * directory (an IDE, {@code mvn compile}) may have been recompiled since the index was written,
 * so they are read by reflection. A class missing from the index falls back to reflection too.
 * {@code RuleIndexTest} checks that the index equals what reflection reads.
 */
public final class RuleIndex {
  /** Class-path location of the index. */
  public static final String RESOURCE = "META-INF/sagelint/rule-index.bin";
  private static final int FORMAT = 2;

  private RuleIndex() {}

  /** The index packaged in a jar, or an empty map when there is none, or it is not in a jar, or unreadable. */
  public static Map<String, RuleMetadata> load() {
    URL url = RuleIndex.class.getClassLoader().getResource(RESOURCE);
    return url != null && "jar".equals(url.getProtocol()) ? read(url) : Map.of();
  }

  static Map<String, RuleMetadata> read(URL url) {
    try (InputStream in = url.openStream()) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      return Map.of(); // reflection still works; a damaged index must not stop a lint run
    }
  }

  static Map<String, RuleMetadata> read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
    if (in.readInt() != FORMAT) {
      return Map.of();
    }
    int n = in.readInt();
    Map<String, RuleMetadata> out = new LinkedHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String type = in.readUTF();
      String id = in.readUTF();
      String title = in.readUTF();
      Severity severity = Severity.valueOf(in.readUTF());
      Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
      for (String s : strings(in)) {
        kinds.add(DocumentKind.valueOf(s));
      }
      Set<ApiVersion> versions = EnumSet.noneOf(ApiVersion.class);
      for (String s : strings(in)) {
        versions.add(ApiVersion.valueOf(s));
      }
      List<String> supersedes = strings(in);
      String since = in.readUTF();
      Map<ApiVersion, Severity> sev = new EnumMap<>(ApiVersion.class);
      int m = in.readInt();
      for (int j = 0; j < m; j++) {
        sev.put(ApiVersion.valueOf(in.readUTF()), Severity.valueOf(in.readUTF()));
      }
      out.put(type, new RuleMetadata(id, title, severity, kinds, versions, supersedes, since, sev));
    }
    return out;
  }

  static void write(Map<String, RuleMetadata> index, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
    out.writeInt(FORMAT);
    out.writeInt(index.size());
    for (Map.Entry<String, RuleMetadata> e : index.entrySet()) {
      RuleMetadata m = e.getValue();
      out.writeUTF(e.getKey());
      out.writeUTF(m.id());
      out.writeUTF(m.title());
      out.writeUTF(m.severity().name());
      writeStrings(out, m.kinds().stream().map(Enum::name).toList());
      writeStrings(out, m.versions().stream().map(Enum::name).toList());
      writeStrings(out, m.supersedes());
      out.writeUTF(m.since());
      out.writeInt(m.severityByVersion().size());
      for (Map.Entry<ApiVersion, Severity> s : m.severityByVersion().entrySet()) {
        out.writeUTF(s.getKey().name());
        out.writeUTF(s.getValue().name());
      }
    }
    out.flush();
  }

  /** The index of every built-in rule, read by reflection. */
  static Map<String, RuleMetadata> fromAnnotations() {
    Map<String, RuleMetadata> index = new LinkedHashMap<>();
    for (Object impl : BuiltInRules.all()) {
      index.put(impl.getClass().getName(), RuleMetadata.of(impl.getClass()));
    }
    return index;
  }

  /** Build step: writes the index under the class-output directory given as the only argument. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]).resolve(RESOURCE);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        write(fromAnnotations(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      out.writeUTF(v);
    }
  }
}
