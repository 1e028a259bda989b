package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.AwsOwnedAccounts;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;

/** An AWS Marketplace model package in a model without network isolation. */
@RuleInfo(
    id = "SM236",
    title = "AWS Marketplace model package without network isolation",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-XR-MARKETPLACE-NETISO",
    evidence = "documented requirement",
    description = """
        A container's `ModelPackageName` is the ARN of a model package in an AWS Marketplace \
        seller account, and the model does not set `EnableNetworkIsolation: true` (it is absent \
        or `false`). Reported at the first such `ModelPackageName`.

        A package is recognised as a Marketplace package by the account in its ARN, from the \
        list of AWS-owned accounts in the rules' data file `aws-owned-accounts.tsv` (the same \
        list SM404 uses). A package given by name, or in an account not on that list, cannot be \
        told apart from one of your own registry without a `DescribeModelPackage` call, so it \
        is not reported. A value that is not known statically (a template parameter, an \
        intrinsic function) is not reported either.""",
    rationale = """
        The Developer Guide ("Run training and inference containers in internet-free mode") \
        says network isolation is required to run models that use resources from AWS \
        Marketplace, and the SageMaker Python SDK turns isolation on for every Marketplace \
        model package (`ModelPackage.enable_network_isolation()` returns true for them).

        Evidence: documented requirement; the point of failure is not documented, so a \
        warning, as the constraints catalogue rates it.""")
public final class MarketplacePackageWithoutIsolation implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Node isolation = ctx.root().get("EnableNetworkIsolation");
    if (isolation instanceof UnknownNode
        || (isolation instanceof ScalarNode s && !Boolean.FALSE.equals(s.value()))) {
      return; // true, or a value nobody knows yet, or a wrong type (SM103's)
    }
    for (Specs.At c : Specs.containers(ctx.root())) {
      String pointer = c.pointer() + "/ModelPackageName";
      if (AwsOwnedAccounts.isMarketplacePackage(c.node().text("ModelPackageName"))) {
        ctx.report(pointer, isolation == null ? "marketplace.noIsolation" : "marketplace.isolationOff",
            Paths.readable(pointer));
        return;
      }
    }
  }
}
