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

  /** Issue 17 row 9: settings about a secret (a length, a lifetime, where it is stored) are not secrets. */
  @Test
  void settingsAboutASecretAndReferencesToItAreNotReported() {
    String model = """
        ModelName: churn
        ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerRole
        PrimaryContainer:
          Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
          Environment:
            PASSWORD_MIN_LENGTH: "12"
            AUTH_TOKEN_TTL_SECONDS: "3600"
            DB_PASSWORD_PARAMETER: /prod/db/password
            SESSION_TOKEN_LIFETIME: 15m
            DB_PASSWORD: /prod/db/password
            API_TOKEN: "86400"
            JWT_SECRET: hunter2-but-longer
        """;
    List<String> found = dev.sagelint.core.Linter.create(dev.sagelint.core.LintOptions.defaults())
        .lintText("m.yaml", model).findings().stream().map(f -> f.rule() + " " + f.pointer()).toList();
    assertEquals(List.of("SM224 /PrimaryContainer/Environment/JWT_SECRET"), found);
  }

  @Test
  void splitsAtUnderscoresAndCaseChanges() {
    assertEquals(List.of("OPENAI", "API", "KEY"), SensitiveEnvironmentVariable.words("openaiApiKey"));
    assertEquals(List.of("HF", "TOKEN"), SensitiveEnvironmentVariable.words("HF__TOKEN"));
    assertEquals(List.of("APIKEY"), SensitiveEnvironmentVariable.words("APIKEY"));
  }
}
