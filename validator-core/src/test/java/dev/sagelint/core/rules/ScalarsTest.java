package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.parse.DocumentParser;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarsTest {
  @Test
  void walksEveryScalarWithItsPointer() {
    var doc = new DocumentParser(ParseLimits.DEFAULT)
        .parse(SourceFile.of("m.yaml", "a: 1\nb: [x, {c/d: true}]\n")).documents().get(0);
    assertEquals(java.util.List.of("/a", "/b/0", "/b/1/c~1d"),
        Scalars.of(doc.root()).stream().map(Scalars.At::pointer).toList());
  }

  @ParameterizedTest
  @CsvSource({
      "/PrimaryContainer/Environment/HF_TOKEN, true",
      "/Containers/2/Environment/X, true",
      "/Tags/0/Value, true",
      "/Tags/0/Key, false",
      "/ExplainerConfig/ClarifyExplainerConfig/InferenceConfig/ContentTemplate, true",
      "/PrimaryContainer/Image, false",
      "/PrimaryContainer/Environment, false",
      "/ModelName, false",
      "/ExplainerConfig, true",
      "/ExplainerConfigs/X, false",
      "/X/ExplainerConfig/Y, false",
      "/Environment/X, true",
      "/A/Environment~1/X, false",
      "/Environment/X/Y, false",
      "/ProductionVariants/0/Tags/3/Value, true",
      "/Tags/Value, false",
      "/Tags/0/Value/X, false",
      "/Tags/0/ValueX, false",
      "'', false",
      "/, false"})
  void knowsWhichValuesAreFreeText(String pointer, boolean expected) {
    assertEquals(expected, Scalars.isFreeText(pointer));
  }

  @ParameterizedTest
  @CsvSource({"/a/b, b", "/a/c~1d, c/d", "/a/~0x~01, ~x~1", "/a/, ''", "/, ''", "/x, x"})
  void theLastTokenIsTheLastOfAllTokens(String pointer, String expected) {
    assertEquals(expected, dev.sagelint.core.parse.JsonPointer.lastToken(pointer));
    java.util.List<String> all = dev.sagelint.core.parse.JsonPointer.tokens(pointer);
    assertEquals(all.get(all.size() - 1), dev.sagelint.core.parse.JsonPointer.lastToken(pointer));
  }

  @Test
  void theWholeDocumentHasNoLastToken() {
    assertEquals(null, dev.sagelint.core.parse.JsonPointer.lastToken(""));
  }
}
