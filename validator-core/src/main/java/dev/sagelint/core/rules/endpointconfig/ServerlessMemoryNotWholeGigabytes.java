package dev.sagelint.core.rules.endpointconfig;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.math.BigInteger;

/**
 * {@code MemorySizeInMB} inside the schema's range but not a whole number of gigabytes. Values
 * outside 1024..6144 are the schema's finding (SM10x), so this rule stays silent on them.
 */
@RuleInfo(
    id = "SM308",
    title = "Serverless memory size is not a whole number of gigabytes",
    severity = Severity.ERROR,
    kinds = DocumentKind.CREATE_ENDPOINT_CONFIG,
    versions = ApiVersion.V2026_08_07,
    description = """
        `ServerlessConfig.MemorySizeInMB` is between 1024 and 6144 but not one of 1024, 2048, 3072, \
        4096, 5120 or 6144. The finding is on the value and suggests the nearest valid sizes. Values \
        outside that range are already reported by the schema rules.""",
    rationale = """
        The API reference lists the valid memory sizes of a serverless variant: whole gigabytes from \
        1 GB to 6 GB. The service model only carries the minimum and maximum, so the AWS CLI and \
        boto3 let a value such as 3000 through, and the request fails at AWS instead.

        Evidence: documented-reject. sagelint treats valid values that the API reference states for \
        a member of the request itself as part of the request's contract.""",
    reference = "SM-EC-SERVERLESS-SIZING",
    evidence = "documented-reject")
public final class ServerlessMemoryNotWholeGigabytes implements Rule {
  private static final BigInteger GB = BigInteger.valueOf(1024);
  private static final BigInteger MIN = GB;
  private static final BigInteger MAX = BigInteger.valueOf(6144);

  @Override
  public void check(RuleContext ctx) {
    for (Specs.At variant : Specs.variants(ctx.root())) {
      ObjectNode serverless = variant.node().object("ServerlessConfig");
      BigInteger memory = serverless == null ? null
          : EndpointConfigSupport.integer(serverless, "MemorySizeInMB");
      if (memory == null || memory.compareTo(MIN) < 0 || memory.compareTo(MAX) > 0
          || memory.mod(GB).signum() == 0) {
        continue;
      }
      BigInteger lower = memory.divide(GB).multiply(GB);
      BigInteger upper = lower.add(GB);
      ctx.report(variant.pointer() + "/ServerlessConfig/MemorySizeInMB", "sm308.memory", memory,
          lower, upper);
    }
  }
}
