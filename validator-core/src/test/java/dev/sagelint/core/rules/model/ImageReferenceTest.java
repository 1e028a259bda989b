package dev.sagelint.core.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The image reference grammar behind SM225-SM227 and SM229, case by case. */
class ImageReferenceTest {
  private static final String DIGEST =
      "sha256:3d4f6a8b0c2e4f6a8b0c2e4f6a8b0c2e4f6a8b0c2e4f6a8b0c2e4f6a8b0c2e4f";

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2 | 123456789012.dkr.ecr.us-east-1.amazonaws.com | churn | 1.4.2",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/churn | 123456789012.dkr.ecr.us-east-1.amazonaws.com | team/churn | -",
      "763104351884.dkr.ecr.ap-northeast-2.amazonaws.com/pytorch-inference:2.0.0-cpu-py310-ubuntu20.04-sagemaker | 763104351884.dkr.ecr.ap-northeast-2.amazonaws.com | pytorch-inference | 2.0.0-cpu-py310-ubuntu20.04-sagemaker",
      "registry.corp.acme.internal:5000/ml/churn:v1 | registry.corp.acme.internal:5000 | ml/churn | v1",
      "localhost/churn:1 | localhost | churn | 1",
      "ghcr.io/acme/churn__scorer--x:1_0 | ghcr.io | acme/churn__scorer--x | 1_0",
  })
  void wellFormedReferencesSplitIntoTheirParts(String image, String host, String repository, String tag) {
    ImageReference ref = ImageReference.parse(image);
    assertTrue(ref.wellFormed(), () -> image + ": " + ref.problem());
    assertEquals(host, ref.host());
    assertEquals(repository, ref.repository());
    assertEquals(tag, ref.tag());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":latest", "@" + DIGEST, ":1.0@" + DIGEST})
  void aDigestMayFollowATag(String suffix) {
    ImageReference ref = ImageReference.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/churn" + suffix);
    assertTrue(ref.wellFormed(), () -> suffix + ": " + ref.problem());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "churn:1.4.2 | NO_REGISTRY",
      "churn | NO_REGISTRY",
      "library/ubuntu:22.04 | NO_REGISTRY",
      "registry_01.acme.internal/churn:1 | HOST",
      "-registry.acme.internal/churn:1 | HOST",
      "registry.acme.internal:port/churn:1 | HOST",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/Churn:1 | UPPERCASE",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn//scorer:1 | REPOSITORY",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-:1 | REPOSITORY",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn: | TAG",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:.hidden | TAG",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn@sha256:9b2f | DIGEST",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn@latest | DIGEST",
  })
  void malformedReferencesNameTheirProblem(String image, ImageReference.Problem problem) {
    assertEquals(problem, ImageReference.parse(image).problem());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1 | true",
      "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/churn:1 | true",
      "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/churn:1 | true",
      "123456789012.dkr-ecr.eu-west-1.on.aws/churn:1 | true",
      "public.ecr.aws/acme/churn:1 | false",
      "12345678901.dkr.ecr.us-east-1.amazonaws.com/churn:1 | false",
      "ghcr.io/acme/churn:1 | false",
  })
  void recognisesPrivateEcrRegistries(String image, boolean ecr) {
    assertEquals(ecr, ImageReference.parse(image).isEcr(), image);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "<account-id>.dkr.ecr.us-west-2.amazonaws.com/decision-trees-sample | -",
      "${REGISTRY}/churn:1.4.2 | 1.4.2",
      "$ACCOUNT.dkr.ecr.us-east-1.amazonaws.com/churn:latest | latest",
  })
  void aTemplatedRegistryDoesNotHideTheTag(String image, String tag) {
    ImageReference ref = ImageReference.forPinning(image);
    assertTrue(ref != null && ref.wellFormed(), image);
    assertEquals(tag, ref.tag());
  }

  @ParameterizedTest
  @ValueSource(strings = {"$IMAGE", "<model_image>", "${REGISTRY}/churn:${TAG}",
      "{{ image }}", "registry.acme.internal/churn:{{tag}}", "", "a b/c:1", "churn:1"})
  void templatesAndNonReferencesAreNotJudgedForPinning(String image) {
    assertNull(ImageReference.forPinning(image), image);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<x>", "${X}", "$X", "{{ x }}", "prefix-${X}-suffix"})
  void recognisesTemplates(String value) {
    assertTrue(ModelSpecs.looksTemplated(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1", "s3://bucket/key"})
  void plainValuesAreNotTemplates(String value) {
    assertFalse(ModelSpecs.looksTemplated(value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "s3://bucket/churn/model.tar.gz | true",
      "s3://bucket/churn/MODEL.TAR.GZ | true",
      "s3://bucket/churn/model.tgz | true",
      "https://bucket.s3.us-east-1.amazonaws.com/model.tar.gz?versionId=abc | true",
      "https://bucket.s3.us-east-1.amazonaws.com/model.tar.gz#frag | true",
      "s3://bucket/churn/model.tar.gz?versionId=abc | false",
      "s3://bucket/churn/ | false",
      "s3://bucket/churn/model.pth | false",
      "s3://bucket/churn/model.gz | false",
  })
  void tellsTarGzArchivesByName(String url, boolean archive) {
    assertEquals(archive, ModelSpecs.namesTarGz(url), url);
  }
}
