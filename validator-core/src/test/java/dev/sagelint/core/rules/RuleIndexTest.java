package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleIndexTest {
  /** The index this build wrote next to the classes (tests run from the class directory). */
  private static Map<String, RuleMetadata> written() {
    URL url = RuleIndexTest.class.getClassLoader().getResource(RuleIndex.RESOURCE);
    assertNotNull(url, "no " + RuleIndex.RESOURCE + " on the test class path");
    Map<String, RuleMetadata> index = RuleIndex.read(url);
    assertFalse(index.isEmpty());
    return index;
  }

  @Test
  void theWrittenIndexSaysWhatTheAnnotationsSay() {
    // The build writes the index after compiling; a stale or partial one would show here.
    assertEquals(RuleIndex.fromAnnotations(), written());
  }

  @Test
  void anIndexBesideClassesInADirectoryIsNotTrusted() {
    // Classes in a directory may have been recompiled (an IDE, mvn compile) since the index was
    // written; only a jar's index is used. These tests run from target/classes.
    URL url = RuleIndexTest.class.getClassLoader().getResource(RuleIndex.RESOURCE);
    assertEquals("file", url.getProtocol());
    assertTrue(RuleIndex.load().isEmpty());
  }

  @Test
  void anIndexInAJarIsRead(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry(RuleIndex.RESOURCE));
      RuleIndex.write(RuleIndex.fromAnnotations(), nonClosing(out));
      out.closeEntry();
    }
    URL url = new URL("jar:" + jar.toUri() + "!/" + RuleIndex.RESOURCE);
    assertEquals(RuleIndex.fromAnnotations(), RuleIndex.read(url));
  }

  @Test
  void everyRuleRoundTrips() throws IOException {
    Map<String, RuleMetadata> index = RuleIndex.fromAnnotations();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RuleIndex.write(index, out);
    assertEquals(index, RuleIndex.read(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(RuleCatalog.defaults().all().size(), index.size());
  }

  @Test
  void anUnknownFormatIsIgnoredNotTrusted() throws IOException {
    assertTrue(RuleIndex.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 9, 0, 0, 0, 0})).isEmpty());
  }

  @Test
  void theCatalogueFromTheIndexEqualsTheOneFromReflection() {
    RuleCatalog reflected = new RuleCatalog(BuiltInRules.all());
    RuleCatalog indexed = new RuleCatalog(BuiltInRules.all(), written());
    assertEquals(reflected.all().size(), indexed.all().size());
    for (RuleDescriptor r : reflected.all()) {
      RuleDescriptor i = indexed.find(r.id()).orElseThrow();
      assertEquals(r.title(), i.title());
      assertEquals(r.severityByVersion(), i.severityByVersion());
      assertEquals(r.kinds(), i.kinds());
      assertEquals(r.versions(), i.versions());
      assertEquals(r.description(), i.description());
      assertEquals(r.rationale(), i.rationale());
      assertEquals(r.reference(), i.reference());
      assertEquals(r.evidence(), i.evidence());
      assertEquals(r.supersedes(), i.supersedes());
      assertEquals(r.since(), i.since());
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
