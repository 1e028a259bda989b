package dev.sagelint.core.rules.input;

import java.util.List;

/** Problems with the input itself, reported by the reader and parser (SM0xx). */
public final class InputRules {
  private InputRules() {}

  public static List<Object> all() {
    return List.of(new InvalidSyntax(), new DuplicateKey(), new InputLimitExceeded(),
        new UnreadableInput(), new CustomYamlTag(), new OtherKeyCaseSpec(), new UnrecognisedFile(),
        new InternalError());
  }
}
