package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Linter;
import dev.sagelint.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 2: which Terraform expressions are values and which are unknown, asserted as
 * exact findings (the silent cases too). Each case is an endpoint configuration with a KMS key;
 * SM301 fires exactly when the instance type is known to have local NVMe storage. The 2021-02-22
 * model is used because there SM301 is an error, so a downgrade to warning shows.
 */
class TerraformExpressionsTest {
  private static final Linter V2021 =
      Linter.create(LintOptions.builder().apiVersion(ApiVersion.V2021_02_22).build());

  private static final String MODEL = """
      resource "aws_sagemaker_model" "m" {
        name               = "churn"
        execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
        primary_container {
          image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"
        }
      }
      """;

  static List<Finding> lint(String tf) {
    return V2021.lintText("main.tf", tf).findings();
  }

  static List<String> lines(String tf) {
    return lint(tf).stream().map(Fixture::line).toList();
  }

  /** A config whose variant's instance type is {@code instanceType}, after {@code prelude}. */
  private static String config(String prelude, String instanceType) {
    return MODEL + prelude + """
        resource "aws_sagemaker_endpoint_configuration" "c" {
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          production_variants {
            variant_name           = "all"
            model_name             = aws_sagemaker_model.m.name
            initial_instance_count = 1
            instance_type          = %s
          }
        }
        """.formatted(instanceType);
  }

  private static final String KMS_AT = "9:17 SM301 error /resource/aws_sagemaker_endpoint_configuration/c/kms_key_arn";

  @Test
  void aLiteralIsAValue() {
    List<Finding> f = lint(config("", "\"ml.m5d.large\""));
    assertEquals(List.of(KMS_AT), f.stream().map(Fixture::line).toList());
    assertTrue(f.get(0).message().startsWith("aws_sagemaker_endpoint_configuration.c: "),
        f.get(0).message());
  }

  @Test
  void aVariableDefaultIsAPossibleValueReportedAsAWarningThatNamesIt() {
    String prelude = """
        variable "instance_type" {
          default = "ml.m5d.large"
        }
        """;
    List<Finding> f = lint(config(prelude, "var.instance_type"));
    assertEquals(List.of("12:17 SM301 warning /resource/aws_sagemaker_endpoint_configuration/c/kms_key_arn"),
        f.stream().map(Fixture::line).toList());
    assertTrue(f.get(0).message().endsWith(
        "(with variable `instance_type` at its default `ml.m5d.large`)"), f.get(0).message());
  }

  @Test
  void aVariableWithoutDefaultIsUnknownAndSilent() {
    assertEquals(List.of(), lines(config("variable \"instance_type\" {}\n", "var.instance_type")));
  }

  @Test
  void aLocalWithALiteralIsAValue() {
    String prelude = """
        locals {
          instance_type = "ml.m5d.large"
        }
        """;
    assertEquals(List.of("12:17 SM301 error /resource/aws_sagemaker_endpoint_configuration/c/kms_key_arn"),
        lines(config(prelude, "local.instance_type")));
  }

  @Test
  void aFunctionCallIsUnknown() {
    assertEquals(List.of(), lines(config("", "lower(\"ML.M5D.LARGE\")")));
  }

  @Test
  void aConditionalWithAnUnknownConditionIsUnknown() {
    assertEquals(List.of(), lines(config("", "var.big ? \"ml.m5d.large\" : \"ml.m5.large\"")));
  }

  @Test
  void aHeredocIsAStringWithItsFinalNewline() {
    // Terraform sends "ml.m5d.large\n", which is no instance type: the heredoc was read as a string.
    assertEquals(List.of("14:30 SM104 error /resource/aws_sagemaker_endpoint_configuration/c/production_variants/0/instance_type"),
        lines(config("", "<<-EOT\n      ml.m5d.large\n      EOT")));
  }

  @Test
  void aDynamicBlockIsCheckedWithUnknownIterationValues() {
    // The literal instance type inside the dynamic block counts; the iterator's values do not.
    String tf = MODEL + """
        resource "aws_sagemaker_endpoint_configuration" "c" {
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          dynamic "production_variants" {
            for_each = var.variants
            content {
              variant_name           = production_variants.key
              model_name             = aws_sagemaker_model.m.name
              initial_instance_count = production_variants.value.count
              instance_type          = "ml.m5d.large"
            }
          }
        }
        """;
    assertEquals(List.of(KMS_AT), lines(tf));
  }

  @Test
  void aDynamicBlockOverUnknownValuesOnlyIsSilent() {
    String tf = MODEL + """
        resource "aws_sagemaker_endpoint_configuration" "c" {
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          dynamic "production_variants" {
            for_each = var.variants
            content {
              variant_name           = production_variants.key
              model_name             = aws_sagemaker_model.m.name
              initial_instance_count = 1
              instance_type          = production_variants.value.type
            }
          }
        }
        """;
    assertEquals(List.of(), lines(tf));
  }

  @Test
  void countAndForEachValuesAreUnknown() {
    String tf = MODEL + """
        resource "aws_sagemaker_endpoint_configuration" "c" {
          for_each    = var.types
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          production_variants {
            variant_name           = "all"
            model_name             = aws_sagemaker_model.m.name
            initial_instance_count = 1
            instance_type          = each.value
          }
        }
        resource "aws_sagemaker_endpoint_configuration" "d" {
          count       = 2
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          production_variants {
            variant_name           = "v${count.index}"
            model_name             = aws_sagemaker_model.m.name
            initial_instance_count = 1
            instance_type          = ["ml.m5.large", "ml.m5d.large"][count.index]
          }
        }
        """;
    assertEquals(List.of(), lines(tf));
  }

  @Test
  void conflictingBlocksThatMayEachBeAbsentAreNotAFinding() {
    // aws-ia's pattern: primary_container when one container is given, container blocks otherwise.
    String tf = """
        resource "aws_sagemaker_model" "m" {
          execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
          dynamic "primary_container" {
            for_each = length(var.containers) == 1 ? [var.containers[0]] : []
            content {
              image = primary_container.value.image
            }
          }
          dynamic "container" {
            for_each = length(var.containers) > 1 ? var.containers : []
            content {
              image = container.value.image
            }
          }
        }
        """;
    assertEquals(List.of(), lines(tf));
  }

  @Test
  void bothBlocksWrittenPlainlyAreAFinding() {
    String tf = """
        resource "aws_sagemaker_model" "m" {
          execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
          primary_container {
            image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"
          }
          container {
            image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1"
          }
        }
        """;
    assertEquals(List.of("6:3 SM209 error /resource/aws_sagemaker_model/m/container"), lines(tf));
  }
}
