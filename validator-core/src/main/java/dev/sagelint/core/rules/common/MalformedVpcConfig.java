package dev.sagelint.core.rules.common;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.UnknownNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** VpcConfig with a single subnet, a repeated id, or ids that are not subnet / security group ids. */
@RuleInfo(
    id = "SM501",
    title = "VpcConfig has one subnet, a repeated id, or a malformed id",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.CREATE_ENDPOINT_CONFIG},
    description = """
        Checks `VpcConfig` of a model or an endpoint config:

        - `Subnets` names only one distinct subnet;
        - an id appears twice in `Subnets` or in `SecurityGroupIds`;
        - a subnet id is not `subnet-` followed by 8 to 17 lower-case hex digits, or a security \
        group id is not `sg-` followed by 8 to 17 lower-case hex digits.

        Ids that are placeholders (`subnet-xxxxxxxx`, `<subnet-id>`) are left to SM601. Whether \
        the subnets are in different Availability Zones cannot be seen from the spec.""",
    rationale = """
        SageMaker's VPC guide asks for subnets in at least two Availability Zones even when the \
        endpoint has a single instance, so that it can place instances when a zone fails; the API \
        accepts a list of one. The API's pattern for the ids only allows letters, digits and \
        hyphens, so a name like `private-a` or a subnet ARN passes it and fails later, when \
        SageMaker looks the id up in EC2. Repeated ids are harmless but usually mean a copy-paste \
        left out the subnet that was meant.

        Evidence: documented requirement (VPC hosting guide; the documented `sg-` form of security \
        group ids), hence a warning.""",
    reference = "SM-VPC-SUBNETS-SGS",
    evidence = "documented requirement")
public final class MalformedVpcConfig implements Rule {
  private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-f]{8,17}");
  private static final Pattern GROUP = Pattern.compile("sg-[0-9a-f]{8,17}");

  @Override
  public void check(RuleContext ctx) {
    ObjectNode vpc = ctx.root().object("VpcConfig");
    if (vpc == null) {
      return;
    }
    Set<String> subnets = ids(ctx, vpc, "Subnets", SUBNET, "vpc.subnet");
    ids(ctx, vpc, "SecurityGroupIds", GROUP, "vpc.group");
    // A subnet nobody can know yet (an imported id) may be a second one.
    ArrayNode listed = vpc.array("Subnets");
    boolean unknownSubnet = listed != null
        && listed.items().stream().anyMatch(i -> i instanceof UnknownNode);
    if (subnets.size() == 1 && !unknownSubnet) {
      ctx.report("/VpcConfig/Subnets", "vpc.one", subnets.iterator().next());
    }
  }

  /** Reports repeats and malformed ids of one list; returns the distinct ids. */
  private static Set<String> ids(RuleContext ctx, ObjectNode vpc, String member, Pattern form,
      String formKey) {
    Set<String> distinct = new LinkedHashSet<>();
    ArrayNode list = vpc.array(member);
    if (list == null) {
      return distinct;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).asText();
      if (id == null) {
        continue;
      }
      distinct.add(id);
      String pointer = Paths.of("VpcConfig", member, i);
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        ctx.report(pointer, "vpc.repeated", id, "VpcConfig." + member, earlier);
      } else if (!form.matcher(id).matches() && !Placeholders.any(id)) {
        ctx.report(pointer, formKey, id);
      }
    }
    return distinct;
  }
}
