package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/** ARNs and image hosts of one request that live in different AWS partitions. */
@RuleInfo(
    id = "SM503",
    title = "Resources from different AWS partitions in one request",
    severity = Severity.ERROR,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Compares the partition (`aws`, `aws-cn`, `aws-us-gov`, ...) of every ARN in the request \
        (`ExecutionRoleArn`, KMS keys, SNS topics, model packages, reservations, Lambda functions) \
        and of every ECR image host and regional S3 URL, whose partition follows from its region. \
        With a target region configured (`--region`), everything must be in that region's \
        partition; without one, whatever disagrees with the partition most references use is \
        reported, naming one that uses it.

        An image in another partition is an error; any other resource is a warning. Tags and \
        environment values are not looked at.""",
    rationale = """
        A partition is a separate copy of AWS with its own accounts: a request sent to a China or \
        GovCloud region cannot use a role, key or topic of the commercial partition, and the other \
        way round. This usually happens when a spec written for one partition is reused in another.

        Evidence: an image from another partition is observed-reject (SageMaker answered \
        `Region of "...dkr.ecr.us-west-2.amazonaws.com/..." does not match expected region of \
        us-gov-west-1. Cross region ECR image pulls are not allowed.` in terraform-provider-aws \
        issue 16061), hence an error. For the other ARNs the failure is inferred from partition \
        isolation, not observed, hence a warning.""",
    reference = "SM-ARN-PARTITION",
    evidence = "observed-reject (image); inferred (other ARNs)")
public final class MixedArnPartitions implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<AwsReferences.Ref> refs = AwsReferences.of(ctx.root());
    if (refs.isEmpty()) {
      return;
    }
    Optional<String> target = ctx.region().filter(r -> AwsReferences.REGION.matcher(r).matches());
    if (target.isPresent()) {
      String expected = AwsReferences.partitionOf(target.get());
      for (AwsReferences.Ref r : refs) {
        if (!r.partition().equals(expected)) {
          ctx.report(severity(r), r.pointer(), key("partition.target", r), Paths.readable(r.pointer()),
              r.partition(), target.get(), expected, r.region());
        }
      }
      return;
    }
    String expected = AwsReferences.majority(refs, AwsReferences.Ref::partition);
    AwsReferences.Ref witness = refs.stream().filter(r -> r.partition().equals(expected)).findFirst()
        .orElseThrow();
    for (AwsReferences.Ref r : refs) {
      if (!r.partition().equals(expected)) {
        ctx.report(severity(r), r.pointer(), key("partition.mixed", r), Paths.readable(r.pointer()),
            r.partition(), Paths.readable(witness.pointer()), expected, r.region());
      }
    }
  }

  private static String key(String base, AwsReferences.Ref r) {
    return r.use() == AwsReferences.Use.IMAGE ? base + ".image" : base;
  }

  private static Severity severity(AwsReferences.Ref r) {
    return r.use() == AwsReferences.Use.IMAGE ? Severity.ERROR : Severity.WARNING;
  }
}
