package dev.sagelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Severity;
import org.junit.jupiter.api.Test;

class FindingLineTest {
  @Test
  void fileLineColumnThenRuleThenMessage() {
    Finding f = new Finding("SM105", Severity.ERROR, "`churn_model` does not match.", null,
        "src/main/sagemaker/model.yaml", "/ModelName", 0, 12, 7, 12, 18, "pattern");
    assertEquals("src/main/sagemaker/model.yaml:12:7 [SM105] `churn_model` does not match.",
        FindingLine.of(f));
  }

  @Test
  void theHintFollowsTheMessageOnTheSameLine() {
    Finding f = new Finding("SM102", Severity.WARNING, "`ModelDataURL` is not a member.",
        "Did you mean `ModelDataUrl`?", "specs/m.json", "/PrimaryContainer/ModelDataURL", 0, 5, 3,
        5, 15, "additionalProperties");
    assertEquals("specs/m.json:5:3 [SM102] `ModelDataURL` is not a member. Did you mean `ModelDataUrl`?",
        FindingLine.of(f));
  }

  @Test
  void controlCharactersFromTheFileAreEscaped() {
    Finding f = new Finding("SM105", Severity.ERROR, "`a\u001b[2J\nb` does not match.", null,
        "specs/e\u009bvil.yaml", "/ModelName", 0, 1, 12, 1, 18, "pattern");
    assertEquals("specs/e\\u009bvil.yaml:1:12 [SM105] `a\\u001b[2J\\nb` does not match.",
        FindingLine.of(f));
  }

  @Test
  void aFindingAboutTheWholeFileHasNoPosition() {
    Finding f = new Finding("SM004", Severity.ERROR, "Not UTF-8.", null, "specs/latin1.yaml", "",
        0, 0, 0, 0, 0, null);
    assertEquals("specs/latin1.yaml [SM004] Not UTF-8.", FindingLine.of(f));
  }
}
