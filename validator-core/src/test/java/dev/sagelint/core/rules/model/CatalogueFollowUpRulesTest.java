package dev.sagelint.core.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SM235 (SM-CM-MDS-EULA) and SM236 (SM-XR-MARKETPLACE-NETISO): exact findings and messages. */
class CatalogueFollowUpRulesTest {
  private static final String GATED = """
      ModelName: llama-chat
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      PrimaryContainer:
        Image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/djl-inference:0.29.0-lmi11.0.0-cu124
        ModelDataSource:
          S3DataSource:
            S3Uri: s3://jumpstart-private-cache-prod-us-east-1/meta-textgeneration/llama-3-8b/
            S3DataType: S3Prefix
            CompressionType: None
            ModelAccessConfig:
              AcceptEula: %s
      """;
  private static final String MARKETPLACE = """
      ModelName: vendor-ner
      ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
      %sPrimaryContainer:
        ModelPackageName: %s
      """;
  private static final String MKT_PACKAGE = "arn:aws:sagemaker:us-east-1:865070037744:model-package/"
      + "ner-video-games-2019-08-23-21--71034d7ffea420c9de1916dd0af0a1f5";

  private static List<Finding> lint(ApiVersion version, String text) {
    return Linter.create(LintOptions.builder().apiVersion(version).build())
        .lintText("model.yaml", text).findings();
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(Fixture::line).toList();
  }

  @Test
  void anExplicitlyDeclinedEulaIsAWarningAtTheValue() {
    List<Finding> findings = lint(ApiVersion.parse("2026-08-07"), GATED.formatted("false"));
    assertEquals(List.of("11:21 SM235 warning "
        + "/PrimaryContainer/ModelDataSource/S3DataSource/ModelAccessConfig/AcceptEula"), lines(findings));
    assertEquals("`PrimaryContainer.ModelDataSource.S3DataSource.ModelAccessConfig.AcceptEula` is "
        + "false: this model data is behind an end-user license, and AWS requires `AcceptEula: "
        + "true` to deploy it.", findings.get(0).message());
    assertEquals(List.of(), lines(lint(ApiVersion.parse("2026-08-07"), GATED.formatted("true"))));
  }

  @Test
  void aMissingEulaIsTheSchemasAndTheOldModelDoesNotKnowTheMember() {
    String missing = GATED.formatted("x").replace("\n        AcceptEula: x", " {}");
    assertEquals(List.of("10:7 SM101 error /PrimaryContainer/ModelDataSource/S3DataSource/ModelAccessConfig"),
        lines(lint(ApiVersion.parse("2026-08-07"), missing)));
    // 2021-02-22 has no ModelDataSource at all: SM102 at the key, and no SM235.
    assertEquals(List.of("5:3 SM102 error /PrimaryContainer/ModelDataSource"),
        lines(lint(ApiVersion.parse("2021-02-22"), GATED.formatted("false"))));
  }

  @Test
  void aMarketplacePackageWithoutIsolationIsAWarningAtThePackage() {
    for (ApiVersion version : ApiVersion.values()) {
      List<Finding> absent = lint(version, MARKETPLACE.formatted("", MKT_PACKAGE));
      assertEquals(List.of("4:21 SM236 warning /PrimaryContainer/ModelPackageName"), lines(absent),
          version.id());
      assertEquals("`PrimaryContainer.ModelPackageName` is an AWS Marketplace model package, and "
          + "Marketplace models run only with network isolation, which this model does not enable.",
          absent.get(0).message());
      assertEquals("Add `EnableNetworkIsolation: true` to the model.", absent.get(0).hint());

      List<Finding> off = lint(version,
          MARKETPLACE.formatted("EnableNetworkIsolation: false\n", MKT_PACKAGE));
      assertEquals(List.of("5:21 SM236 warning /PrimaryContainer/ModelPackageName"), lines(off));
      assertEquals("`PrimaryContainer.ModelPackageName` is an AWS Marketplace model package, and "
          + "Marketplace models run only with network isolation, but this model sets "
          + "`EnableNetworkIsolation: false`.", off.get(0).message());

      assertEquals(List.of(), lines(lint(version,
          MARKETPLACE.formatted("EnableNetworkIsolation: true\n", MKT_PACKAGE))));
    }
  }

  @Test
  void packagesThatCannotBeToldApartAreNotReported() {
    // Your own account, and a package given by name: no DescribeModelPackage at lint time.
    for (String pkg : List.of("arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3",
        "ner-video-games")) {
      assertEquals(List.of(), lines(lint(ApiVersion.latest(), MARKETPLACE.formatted("", pkg))), pkg);
    }
  }

  @Test
  void anIsolationFlagNobodyKnowsYetIsNotReported() {
    String template = """
        Parameters:
          Isolation:
            Type: String
        Resources:
          Ner:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecution
              EnableNetworkIsolation: !Ref Isolation
              PrimaryContainer:
                ModelPackageName: %s
        """.formatted(MKT_PACKAGE);
    assertEquals(List.of(), lines(Linter.create(LintOptions.defaults())
        .lintText("template.yaml", template).findings()).stream()
        .filter(l -> l.contains("SM236")).toList());
  }
}
