package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/** A region-scoped resource of the request in another region than the rest, or than the target. */
@RuleInfo(
    id = "SM504",
    title = "Resource in another region than the request",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Compares the region of every region-scoped reference in the request: ECR image hosts, \
        KMS key ARNs, SNS topic ARNs, model package and hub content ARNs, reservation and Lambda \
        ARNs, and S3 URLs written with a regional host (`https://bucket.s3.eu-west-1.amazonaws.com/...`). \
        IAM roles and `s3://` URIs carry no region and are not compared.

        With a target region configured (`--region`, or `region` in `.sagelint.yaml`), every \
        reference must be in it. Without one, sagelint takes the region that the image, the \
        endpoint's volume key and the model artifacts agree on (or, if there are none, most \
        references use) and reports the references elsewhere; with a single region in the \
        document, it says nothing. References in another partition are left to SM503.

        A container image, model artifacts or the endpoint's volume key in another region is an \
        error; every other reference is a warning.""",
    rationale = """
        SageMaker runs a model in the region the request is sent to, and pulls its image, reads \
        its artifacts and uses the endpoint's volume key from there. A spec copied from another \
        region keeps the old region in its ARNs and image URIs.

        Evidence: for images, observed-reject: CreateModel answers `Region of "...dkr.ecr.us-west-2\
        .amazonaws.com/..." does not match expected region of us-east-1. Cross region ECR image \
        pulls are not allowed.` (sagemaker-pytorch-inference-toolkit pull request 7, among others), \
        hence an error. For model artifacts the API model documents that they must be in the \
        model's region (documented requirement); for KMS keys it is inferred from keys being \
        regional. These three are errors, as the constraints catalogue rates them (artifacts and \
        key raised from warnings, see CHANGELOG.md). For SNS, Lambda, model packages and \
        reservations the failure point is unknown: warnings.""",
    reference = "SM-ARN-REGION",
    evidence = "observed-reject (image); documented requirement (model artifacts); inferred (others)")
public final class ResourceInAnotherRegion implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<AwsReferences.Ref> refs = AwsReferences.of(ctx.root()).stream()
        .filter(r -> r.region() != null).toList();
    if (refs.isEmpty()) {
      return;
    }
    Optional<String> target = ctx.region().filter(r -> AwsReferences.REGION.matcher(r).matches());
    if (target.isPresent()) {
      String partition = AwsReferences.partitionOf(target.get());
      for (AwsReferences.Ref r : refs) {
        if (r.partition().equals(partition) && !r.region().equals(target.get())) {
          ctx.report(severity(r), r.pointer(), "region.target." + key(r), Paths.readable(r.pointer()),
              r.region(), target.get());
        }
      }
      return;
    }
    List<AwsReferences.Ref> anchors = refs.stream()
        .filter(r -> r.use() != AwsReferences.Use.OTHER).toList();
    String expected = AwsReferences.majority(anchors.isEmpty() ? refs : anchors, AwsReferences.Ref::region);
    String partition = AwsReferences.partitionOf(expected);
    AwsReferences.Ref witness = refs.stream().filter(r -> r.region().equals(expected)).findFirst()
        .orElseThrow();
    for (AwsReferences.Ref r : refs) {
      if (r.partition().equals(partition) && !r.region().equals(expected)) {
        ctx.report(severity(r), r.pointer(), "region.mixed." + key(r), Paths.readable(r.pointer()),
            r.region(), Paths.readable(witness.pointer()), expected);
      }
    }
  }

  private static Severity severity(AwsReferences.Ref r) {
    return r.use() == AwsReferences.Use.OTHER ? Severity.WARNING : Severity.ERROR;
  }

  private static String key(AwsReferences.Ref r) {
    return switch (r.use()) {
      case IMAGE -> "image";
      case VOLUME_KEY -> "key";
      case MODEL_ARTIFACTS -> "artifacts";
      case OTHER -> "other";
    };
  }
}
