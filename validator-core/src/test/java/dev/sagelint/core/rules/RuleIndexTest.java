package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  @Test
  void theBundledIndexSaysWhatTheAnnotationsSay() {
    // The build writes the index after compiling; a stale or partial one would show here.
    Map<String, RuleMetadata> bundled = RuleIndex.load();
    assertFalse(bundled.isEmpty(), "no " + RuleIndex.RESOURCE + " on the test class path");
    assertEquals(RuleIndex.fromAnnotations(), bundled);
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
    RuleCatalog reflected = new RuleCatalog(RuleCatalog.builtInImplementations());
    RuleCatalog indexed = new RuleCatalog(RuleCatalog.builtInImplementations(), RuleIndex.load());
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
}
