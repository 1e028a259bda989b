package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.rules.AwsOwnedAccounts;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Scalars;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.RunAccount;
import dev.sagelint.core.rules.RunAccountRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        with the account the request acts as. That account is, first found first used:

        1. the one given on the command line (`--account 123456789012`) or as the Maven \
        parameter `sagelint.account`;
        2. the `account` option of this rule in `.sagelint.yaml` \
        (`rules: {SM508: {options: {account: "123456789012"}}}`);
        3. the account of the document's own `ExecutionRoleArn`;
        4. for a document without a role (every endpoint config, and a model without one), the \
        account of the execution roles of the models linted in the same run, when they all name \
        the same account; the message then says how many models agree, and points at the first \
        role.

        When none of these is known, or the run's models disagree, nothing is reported.

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
public final class ResourceInAnotherAccount implements RunAccountRule {
  private static final Pattern ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:([a-z0-9-]+):[^:]*:([0-9]{12}):.+");
  private static final Pattern ECR =
      Pattern.compile("([0-9]{12})\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?(?:[/:@].*)?");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final String ROLE = "/ExecutionRoleArn";

  @Override
  public void check(RuleContext ctx) {
    Optional<String> given = given(ctx);
    Optional<String> role = roleAccount(ctx.root());
    Optional<RunAccount> run = ctx.runAccount();
    String account;
    if (given.isPresent()) {
      account = given.get();
    } else if (role.isPresent()) {
      account = role.get();
    } else if (run.isPresent()) {
      account = run.get().account();
    } else {
      return; // nothing says which account the request acts as: stay silent
    }
    for (Scalars.At s : compared(ctx.root(), given.isEmpty() && role.isPresent())) {
      String other = accountOf(s.node().asText());
      if (other.equals(account)) {
        continue;
      }
      String where = Paths.readable(s.pointer());
      if (given.isPresent() && s.pointer().equals(ROLE)) {
        // Not a resource policy question: a role is passed with iam:PassRole, which only works
        // for roles of the caller's own account.
        ctx.report(s.pointer(), "account.configured.role", where, other, account);
      } else if (given.isPresent()) {
        ctx.report(s.pointer(), "account.configured", where, other, account);
      } else if (role.isPresent()) {
        ctx.report(s.pointer(), "account.role", where, other, account);
      } else {
        ctx.report(s.pointer(), List.of(run.get().witness()),
            run.get().models() == 1 ? "account.run.one" : "account.run", where, other, account,
            run.get().models());
      }
    }
  }

  @Override
  public Optional<String> roleAccount(ObjectNode root) {
    String role = root.text("ExecutionRoleArn");
    Matcher m = role == null ? null : ARN.matcher(role);
    return m != null && m.matches() && m.group(1).equals("iam") ? Optional.of(m.group(2))
        : Optional.empty();
  }

  @Override
  public Set<String> accountsToCompare(RuleContext ctx) {
    if (given(ctx).isPresent() || roleAccount(ctx.root()).isPresent()) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    for (Scalars.At s : compared(ctx.root(), false)) {
      out.add(accountOf(s.node().asText()));
    }
    return out;
  }

  /**
   * The account given on the command line or as the Maven parameter, else the rule's
   * {@code account} option in {@code .sagelint.yaml} (both checked as 12 digits where they are
   * read; a malformed one here is ignored rather than compared).
   */
  private static Optional<String> given(RuleContext ctx) {
    return ctx.account().or(() -> ctx.option("account"))
        .filter(a -> ACCOUNT.matcher(a).matches());
  }

  /** The values that name an account other than AWS's own, skipping the role when it is the source. */
  private static List<Scalars.At> compared(ObjectNode root, boolean skipRole) {
    List<Scalars.At> out = new ArrayList<>();
    for (Scalars.At s : Scalars.of(root)) {
      String v = s.node().asText();
      if (v == null || s.node().hasCustomTag() || Scalars.isFreeText(s.pointer())
          || s.pointer().startsWith("/Tags/") || (skipRole && s.pointer().equals(ROLE))
          || Placeholders.any(v)) {
        continue;
      }
      String other = accountOf(v);
      if (other != null && !AwsOwnedAccounts.isAwsOwned(other)) {
        out.add(s);
      }
    }
    return out;
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
