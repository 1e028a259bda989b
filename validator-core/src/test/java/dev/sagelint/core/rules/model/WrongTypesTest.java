package dev.sagelint.core.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CreateModel rules tolerate wrongly typed members silently: the schema rules report them,
 * and neither a second finding nor a crash (SM900) may follow.
 */
class WrongTypesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":null,\"PrimaryContainer\":null}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"PrimaryContainer\":\"image\",\"Containers\":{}}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"PrimaryContainer\":[],\"InferenceExecutionConfig\":\"Direct\"}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"Containers\":[\"image\",7,null],\"InferenceExecutionConfig\":{\"Mode\":\"Sideways\"}}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"Containers\":[{\"Image\":7,\"Mode\":true,\"ContainerHostname\":1},{\"ContainerHostname\":1,\"Image\":[]}]}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"PrimaryContainer\":{\"Image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/c:1\",\"ModelDataUrl\":5,\"Environment\":[],\"ImageConfig\":\"Vpc\",\"MultiModelConfig\":1}}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"PrimaryContainer\":{\"Image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/c:1\",\"Environment\":{\"HF_TOKEN\":5,\"X\":null},\"ModelDataSource\":{\"S3DataSource\":[]},\"AdditionalModelDataSources\":{}}}",
      "{\"ModelName\":\"m\",\"ExecutionRoleArn\":\"arn:aws:iam::123456789012:role/R\",\"PrimaryContainer\":{\"Image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/c:1\",\"ImageConfig\":{\"RepositoryAccessMode\":1,\"RepositoryAuthConfig\":{\"RepositoryCredentialsProviderArn\":[]}},\"ModelDataSource\":{\"S3DataSource\":{\"S3Uri\":1,\"S3DataType\":2,\"CompressionType\":3}}}}",
  })
  void noModelRuleFindingAndNoCrash(String json) {
    for (ApiVersion version : ApiVersion.values()) {
      LintOptions options = LintOptions.builder().apiVersion(version)
          .kind(DocumentKind.CREATE_MODEL).build();
      List<Finding> findings = Linter.create(options).lintText("model.json", json).findings();
      assertEquals(List.of(), findings.stream()
          .filter(f -> f.rule().startsWith("SM2") || f.rule().equals("SM900"))
          .map(f -> f.rule() + " " + f.pointer() + " " + f.message()).toList(), version + " " + json);
    }
  }
}
