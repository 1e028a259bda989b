package dev.sagelint.core.rules.common;

import java.util.List;

/** The rules of this package, registered with {@link dev.sagelint.core.rules.RuleCatalog}. */
public final class CommonRules {
  private CommonRules() {}

  public static List<Object> all() {
    return List.of(new MalformedVpcConfig(), new MalformedKmsKeyId(), new MixedArnPartitions(),
        new ResourceInAnotherRegion(), new MalformedS3Uri(), new DuplicateTagKey(),
        new ReservedAwsTagPrefix(), new ResourceInAnotherAccount());
  }
}
