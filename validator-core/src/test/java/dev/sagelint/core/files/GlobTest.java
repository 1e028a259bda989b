package dev.sagelint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
      // no slash: a name at any depth
      "*.json, a.json, true",
      "*.json, deep/er/a.json, true",
      "*.json, a.yaml, false",
      "generated, generated/x.json, true",
      "generated, a/generated/x.json, true",
      "generated, generatedx/x.json, false",
      // a slash anchors at the base directory
      "specs/*.yaml, specs/a.yaml, true",
      "specs/*.yaml, specs/sub/a.yaml, false",
      "/specs/*.yaml, other/specs/a.yaml, false",
      "specs/**, specs/a/b/c.json, true",
      "specs/**/*.json, specs/a.json, true",
      "specs/**/*.json, specs/a/b.json, true",
      "**/generated, x/y/generated/z.json, true",
      "'*.{json,yml}', a.yml, true",
      "'*.{json,yml}', a.yaml, false",
      "model-[0-9].yaml, model-7.yaml, true",
      "model-[!0-9].yaml, model-7.yaml, false",
      "model-?.yaml, model-ab.yaml, false",
      "dir/, dir/a.json, true",
      "./specs/a.json, specs/a.json, true",
  })
  void matches(String pattern, String path, boolean expected) {
    assertEquals(expected, Glob.compile(pattern).matches(path));
  }

  @ParameterizedTest
  @CsvSource({"'a/[b'", "'{a,b'", "'a}'", "'a**b'", "' '", "'/'"})
  void rejectsMalformedPatterns(String pattern) {
    assertThrows(IllegalArgumentException.class, () -> Glob.compile(pattern));
  }
}
