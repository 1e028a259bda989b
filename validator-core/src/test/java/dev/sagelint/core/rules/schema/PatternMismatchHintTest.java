package dev.sagelint.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SM105 names the character that can never fit the pattern (issue 17, polish). */
class PatternMismatchHintTest {
  private static final String NAME = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
  private static final String ROLE = "^(?:arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+)$";

  private final Linter linter = Linter.create(LintOptions.defaults());

  /** A CreateModel request whose first line is {@code nameLine}. */
  private List<Finding> lint(String nameLine) {
    return linter.lintText("m.yaml", nameLine + "ExecutionRoleArn: arn:aws:iam::123456789012:role/r\n"
        + "PrimaryContainer:\n  Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\n").findings();
  }

  @Test
  void anUnderscoreInAModelNameIsNamedWithItsPosition() {
    List<Finding> f = lint("ModelName: churn_model\n");
    assertEquals(List.of("1:12 SM105 error /ModelName"), f.stream().map(Fixture::line).toList());
    assertEquals("Character 6 of the value, `_`, may not appear anywhere in it: remove or replace it.",
        f.get(0).hint());
  }

  @Test
  void anInvisibleCharacterIsNamedByItsCodePoint() {
    List<Finding> f = lint("ModelName: \"churn\\tmodel\"\n");
    assertEquals(List.of("1:12 SM105 error /ModelName"), f.stream().map(Fixture::line).toList());
    assertEquals("Character 6 of the value, U+0009 (tab), may not appear anywhere in it: remove or "
        + "replace it.", f.get(0).hint());
    // Positions count characters, not UTF-16 units: the emoji before the space is one character.
    f = lint("ModelName: \"a\uD83D\uDE00b\"\n");
    assertEquals("Character 2 of the value, `\uD83D\uDE00`, may not appear anywhere in it: remove or "
        + "replace it.", f.get(0).hint());
  }

  @Test
  void aValueWhoseEveryCharacterFitsGetsAHintAboutPlacesNotCharacters() {
    // A leading hyphen fails the pattern by its place, not by the character itself (issue 17
    // review: the hint claimed "every character must fit it", which every character did).
    List<Finding> f = lint("ModelName: -churn\n");
    assertEquals(List.of("1:12 SM105 error /ModelName"), f.stream().map(Fixture::line).toList());
    assertEquals("Each character of the value may appear in it, but not where it stands: check what "
        + "the pattern allows at the start and end of the value, and in what order.", f.get(0).hint());
    f = lint("ModelName: \"\"\n");
    assertEquals("The pattern needs at least one character, and the value is empty.",
        f.stream().filter(x -> x.rule().equals("SM105")).findFirst().orElseThrow().hint());
    f = lint("ModelName: \"-abc\"\n");
    assertEquals(List.of("1:12 SM105 error /ModelName"), f.stream().map(Fixture::line).toList());
    assertEquals("Each character of the value may appear in it, but not where it stands: check what "
        + "the pattern allows at the start and end of the value, and in what order.", f.get(0).hint());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      NAME + "|churn_model|5",
      NAME + "|-churn|-1",
      NAME + "|'my-model '|8",
      ROLE + "|'arn:aws:iam::123456789012:role/my role'|33",
      ROLE + "|arn:aws:iam::12345678901X:role/r|-1",   // X may appear in the role name part
      "^(?:[\\S]+)$|'a\tb'|1",
      "^(?:^(?!\\s*$).+)$|'a\nb'|1",                   // the dot stops at a line break
      "^(?:^(?!\\s*$).+)$|'   '|-1",                   // the lookahead narrows; it adds nothing
      "^(?:^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$)$|key#1|3",
      "^(?:(?<!-)[]a]+)$|]a-|2",
      "x{2}|x{|1",                                      // '{' not followed by a count is a literal
  })
  void findsTheFirstCharacterNoMatchCanContain(String regex, String value, int index) {
    Optional<PatternAlphabet> alphabet = PatternAlphabet.of(regex);
    assertTrue(alphabet.isPresent(), regex);
    assertEquals(index, alphabet.get().firstForeign(value.replace("\\t", "\t").replace("\\n", "\n")));
  }

  @Test
  void constructsItDoesNotFollowGiveNoAlphabet() {
    for (String regex : List.of("(?i)abc", "(a)\\1", "\\Qa.b\\E", "[a-z")) {
      assertEquals(Optional.empty(), PatternAlphabet.of(regex), regex);
    }
  }
}
