package dev.sagelint.core.rules.common;

import dev.sagelint.core.parse.JsonPointer;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.rules.Scalars;
import dev.sagelint.schemas.SageMakerRegions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS resources a document points at whose address carries a partition and often a region:
 * ARNs, ECR image hosts and S3 https hosts. Free text, tags and values with placeholders are left
 * out (a tag may well name a resource elsewhere; a placeholder is SM601's business).
 */
final class AwsReferences {
  private AwsReferences() {}

  /** What the resource is for, which decides how sure sagelint is that its region matters. */
  enum Use {
    /** A container image: SageMaker refuses to pull across regions (observed). */
    IMAGE,
    /** The key of the endpoint's storage volume. */
    VOLUME_KEY,
    /** Model artifacts given as an https S3 URL. */
    MODEL_ARTIFACTS,
    /** Anything else with a region: SNS topics, Lambda functions, model packages, other keys. */
    OTHER
  }

  /** One reference. {@code region} is {@code null} for global resources (IAM roles, S3 ARNs). */
  record Ref(String pointer, String value, String partition, String region, Use use) {}

  /**
   * What a region looks like inside an ARN or a host name. Deliberately a shape, not the list of
   * SageMaker regions: a reference may name a region SageMaker is not offered in, or one newer
   * than sagelint's data, and SM503/SM504 only compare it with the others. The prefix has two to
   * four letters ({@code us-east-1}, {@code eusc-de-east-1}).
   */
  static final Pattern REGION = Pattern.compile("[a-z]{2,4}(?:-[a-z]+)+-[0-9]+");
  private static final Pattern ARN = Pattern.compile("arn:(aws(?:-[a-z]+)*):([a-z0-9-]+):([^:]*):([^:]*):.+");
  private static final Pattern ECR = Pattern.compile(
      "[0-9]{12}\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?(?:[/:@].*)?");
  private static final Pattern S3_REGIONAL_HOST = Pattern.compile(
      "https://(?:[^/]*\\.)?s3(?:\\.dualstack)?[.-]([a-z]{2,4}(?:-[a-z]+)+-[0-9]+)\\.amazonaws\\.com(?:\\.cn)?(?:/.*)?");
  private static final Set<String> MODEL_DATA_MEMBERS = Set.of("ModelDataUrl", "S3Uri", "ManifestS3Uri");

  /**
   * The partition a region belongs to, from the official region-name shapes of the AWS SDK's
   * endpoint data ({@link SageMakerRegions}); {@code aws} for a name none of them describes.
   */
  static String partitionOf(String region) {
    return SageMakerRegions.bundled().partitionOf(region).orElse("aws");
  }

  /** The last document's references on each thread: two rules ask for them in turn (see {@link Scalars#of}). */
  private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

  private record Found(ObjectNode root, List<Ref> refs) {}

  /** The references in {@code root}, in document order, as an unmodifiable list. */
  static List<Ref> of(ObjectNode root) {
    Found last = LAST.get();
    if (last != null && last.root() == root) {
      return last.refs();
    }
    List<Ref> refs = List.copyOf(find(root));
    LAST.set(new Found(root, refs));
    return refs;
  }

  private static List<Ref> find(ObjectNode root) {
    List<Ref> out = new ArrayList<>();
    for (Scalars.At s : Scalars.of(root)) {
      String v = s.node().asText();
      if (v == null || s.node().hasCustomTag() || Scalars.isFreeText(s.pointer())
          || s.pointer().startsWith("/Tags/") || Placeholders.any(v)) {
        continue;
      }
      String member = JsonPointer.lastToken(s.pointer());
      Matcher m;
      if ((m = ARN.matcher(v)).matches()) {
        String region = REGION.matcher(m.group(3)).matches() ? m.group(3) : null;
        Use use = s.pointer().equals("/KmsKeyId") ? Use.VOLUME_KEY : Use.OTHER;
        out.add(new Ref(s.pointer(), v, m.group(1), region, use));
      } else if ((m = ECR.matcher(v)).matches() && REGION.matcher(m.group(1)).matches()) {
        out.add(new Ref(s.pointer(), v, partitionOf(m.group(1)), m.group(1), Use.IMAGE));
      } else if ((m = S3_REGIONAL_HOST.matcher(v)).matches()) {
        Use use = MODEL_DATA_MEMBERS.contains(member) ? Use.MODEL_ARTIFACTS : Use.OTHER;
        out.add(new Ref(s.pointer(), v, partitionOf(m.group(1)), m.group(1), use));
      }
    }
    return out;
  }

  /**
   * The value most references agree on; ties go to the one seen first. {@code null} values are
   * ignored; returns {@code null} when no reference has one.
   */
  static <T> T majority(List<Ref> refs, Function<Ref, T> key) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (Ref r : refs) {
      T k = key.apply(r);
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    T best = null;
    int bestCount = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
