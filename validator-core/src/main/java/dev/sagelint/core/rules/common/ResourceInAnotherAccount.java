package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.AwsOwnedAccounts;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A resource of the request owned by another account than the one the request acts as. */
@RuleInfo(
    id = "SM508",
    title = "Resource in another AWS account than the execution role",
    severity = Severity.INFO,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    reference = "SM-ARN-ACCOUNT",
    evidence = "documented requirement",
    description = """
        Compares the account of every ARN (KMS keys, SNS topics, Lambda functions, model \
        packages, ...) and of every ECR image host (`<account>.dkr.ecr.<region>.amazonaws.com`) \
        with the account the request acts as: the `account` option of this rule in \
        `.sagelint.yaml` (`rules: {SM508: {options: {account: "123456789012"}}}`) or, without it, \
        the account of the document's `ExecutionRoleArn`. Without either, nothing is reported.

        Accounts that belong to AWS itself (Deep Learning Containers, built-in algorithm images, \
        AWS Marketplace model packages) are never reported; the list, with its sources, is the \
        data file `aws-owned-accounts.tsv` of the rules. Values with placeholders are left to \
        SM601, tags are not checked.""",
    rationale = """
        Cross-account use is allowed but only works when the other account's resource policy \
        grants it: the KMS key policy must allow the role, the ECR repository policy must let \
        SageMaker pull, the SNS topic policy must accept the publish. A spec copied from another \
        account keeps the old account in its ARNs, and the failure shows up at CreateEndpoint or \
        at run time.

        Evidence: documented requirement for the key policy ("The KMS key policy must grant \
        permission to the IAM role"); the rest is inferred. Information only, as the constraints \
        catalogue rates it.""")
public final class ResourceInAnotherAccount implements Rule {
  private static final Pattern ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:([a-z0-9-]+):[^:]*:([0-9]{12}):.+");
  private static final Pattern ECR =
      Pattern.compile("([0-9]{12})\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?(?:[/:@].*)?");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  @Override
  public void check(RuleContext ctx) {
    Optional<String> configured = ctx.option("account").filter(a -> ACCOUNT.matcher(a).matches());
    String account;
    String source;
    if (configured.isPresent()) {
      account = configured.get();
      source = null;
    } else {
      String role = ctx.root().text("ExecutionRoleArn");
      Matcher m = role == null ? null : ARN.matcher(role);
      if (m == null || !m.matches() || !m.group(1).equals("iam")) {
        return;
      }
      account = m.group(2);
      source = "/ExecutionRoleArn";
    }
    for (Scalars.At s : Scalars.of(ctx.root())) {
      String v = s.node().asText();
      if (v == null || s.node().hasCustomTag() || Scalars.isFreeText(s.pointer())
          || s.pointer().startsWith("/Tags/") || s.pointer().equals(source) || Placeholders.any(v)) {
        continue;
      }
      String other = accountOf(v);
      if (other != null && !other.equals(account) && !AwsOwnedAccounts.isAwsOwned(other)) {
        if (source == null) {
          ctx.report(s.pointer(), "account.configured", Paths.readable(s.pointer()), other, account);
        } else {
          ctx.report(s.pointer(), "account.role", Paths.readable(s.pointer()), other, account);
        }
      }
    }
  }

  /** The account an ARN or ECR image reference names, or null. */
  static String accountOf(String value) {
    Matcher m = ARN.matcher(value);
    if (m.matches()) {
      return m.group(2);
    }
    m = ECR.matcher(value);
    return m.matches() ? m.group(1) : null;
  }
}
