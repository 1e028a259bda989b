package dev.sagelint.core.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SM224 matches names by words, so common LLM serving settings (token counts, tokenizers) and
 * variables that point at a secret instead of holding it stay quiet.
 */
class SensitiveEnvironmentVariableTest {
  @ParameterizedTest
  @ValueSource(strings = {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hfToken", "DB_PASSWORD",
      "dbPassword", "DB_PASSWD", "JWT_SECRET", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
      "OPENAI_API_KEY", "apiKey", "APIKEY", "APIKey", "SSH_PRIVATE_KEY", "CLIENT_SECRETS",
      "GPG_PASSPHRASE", "SECRET_KEY"})
  void namesThatHoldSecrets(String name) {
    assertTrue(SensitiveEnvironmentVariable.isSecretName(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAX_TOTAL_TOKENS", "MAX_BATCH_PREFILL_TOKENS", "MAX_NEW_TOKENS",
      "TOKENIZER_ID", "HF_MODEL_ID", "HF_TOKEN_SECRET_ARN", "SECRET_NAME", "DB_PASSWORD_PARAMETER_NAME",
      "HF_TOKEN_PATH", "API_KEY_HEADER", "KEY_ID", "ACCESS_KEY", "AWS_ACCESS_KEY_ID", "SAGEMAKER_PROGRAM",
      "PRIVATE_KEY_FILE", "TOKEN_URL", "ML2P_MODEL_VERSION", "EOS_TOKEN", "PAD_TOKEN", "BOS_TOKEN"})
  void namesThatDoNot(String name) {
    assertFalse(SensitiveEnvironmentVariable.isSecretName(name), name);
  }

  @Test
  void splitsAtUnderscoresAndCaseChanges() {
    assertEquals(List.of("OPENAI", "API", "KEY"), SensitiveEnvironmentVariable.words("openaiApiKey"));
    assertEquals(List.of("HF", "TOKEN"), SensitiveEnvironmentVariable.words("HF__TOKEN"));
    assertEquals(List.of("APIKEY"), SensitiveEnvironmentVariable.words("APIKEY"));
  }
}
