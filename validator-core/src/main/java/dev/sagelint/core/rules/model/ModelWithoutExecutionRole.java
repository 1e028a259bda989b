package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;

/** A model without an execution role, where the API no longer requires one. */
@RuleInfo(
    id = "SM232",
    title = "Model has no ExecutionRoleArn",
    severity = Severity.INFO,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-EXECROLE-MISSING",
    evidence = "shape history",
    description = """
        The model has no `ExecutionRoleArn`. This rule runs only for the 2026-08-07 API model; \
        under 2021-02-22 the same omission is reported as an error by SM101, because that model \
        lists `ExecutionRoleArn` as required.""",
    rationale = """
        `ExecutionRoleArn` was a required member of CreateModel (and of the DescribeModel \
        response) from December 2017 until November 2023, when botocore 1.33.3 made it optional. \
        Against the 2021-02-22 model a request without it is invalid, and the AWS CLI and SDKs of \
        that era refuse to send it. Against 2026-08-07 it is valid. The role is still what \
        SageMaker uses to pull images from your private ECR repositories and to read model data \
        from your S3 buckets, so a model without one may fail to deploy; whether it needs one \
        depends on where its image and data live, hence info, not a warning.

        **How this rule and SM101 share the work.** One omission gets one finding under each API \
        version. Under 2021-02-22 the schema already lists the member as required, so SM101 \
        reports it as an *error*, and this rule is declared for 2026-08-07 only so that it cannot \
        add a second finding for the same mistake. Under 2026-08-07 SM101 is silent, and this \
        rule gives the single finding, as *info*. Selecting or ignoring rules by id therefore \
        affects the two versions differently: `--ignore SM232` silences the 2026-08-07 info \
        only.

        Evidence: shape history (`required` in the botocore model until 1.33.3).""")
public final class ModelWithoutExecutionRole implements Rule {
  @Override
  public void check(RuleContext ctx) {
    // A null value is a wrong type, which SM103 reports; only a missing member is this rule's.
    if (!ctx.root().has("ExecutionRoleArn")) {
      ctx.reportAtKey("", "role.missing");
    }
  }
}
