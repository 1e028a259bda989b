package dev.sagelint.core.rules.model;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.regex.Pattern;

/** A registry credentials provider that is not the ARN of a Lambda function. */
@RuleInfo(
    id = "SM231",
    title = "RepositoryCredentialsProviderArn is not a Lambda function ARN",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    versions = ApiVersion.V2026_08_07,
    reference = "SM-CM-REGISTRY-MODE",
    evidence = "documented requirement",
    description = """
        `ImageConfig.RepositoryAuthConfig.RepositoryCredentialsProviderArn` is not of the form \
        `arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]`. \
        Template placeholders are left to the placeholder rules. Also checked on DescribeModel \
        responses.""",
    rationale = """
        SageMaker gets the registry credentials by invoking the AWS Lambda function named here. \
        The API shape accepts any text up to 2048 characters, so a secret ARN, a role ARN or a \
        bare function name passes the client and only fails when the image is pulled.

        Evidence: documented meaning of the member; failure at deployment, so a warning. \
        Applies to the 2026-08-07 model only, where the member exists.""")
public final class CredentialsProviderNotLambda implements Rule {
  private static final Pattern LAMBDA_ARN = Pattern.compile(
      "arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]+(?::[A-Za-z0-9_$-]+)?");

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At c : Specs.containers(ctx.root())) {
      var config = c.node().object("ImageConfig");
      var auth = config == null ? null : config.object("RepositoryAuthConfig");
      String arn = auth == null ? null : auth.text("RepositoryCredentialsProviderArn");
      if (arn != null && !arn.isEmpty() && !ModelSpecs.looksTemplated(arn)
          && !LAMBDA_ARN.matcher(arn).matches()) {
        ctx.report(c.pointer()
            + "/ImageConfig/RepositoryAuthConfig/RepositoryCredentialsProviderArn",
            "registry.lambda");
      }
    }
  }
}
