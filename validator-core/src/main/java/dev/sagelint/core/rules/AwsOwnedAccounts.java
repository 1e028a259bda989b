package dev.sagelint.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS-owned accounts behind public images (Deep Learning Containers, built-in algorithms)
 * and AWS Marketplace model packages. The list is data, with its sources, in
 * {@code rules/common/aws-owned-accounts.tsv}, so that it can be extended without code changes.
 */
public final class AwsOwnedAccounts {
  /** Who owns the account. */
  public enum Owner { DLC, BUILTIN, MARKETPLACE }

  private static final String RESOURCE = "/dev/sagelint/core/rules/common/aws-owned-accounts.tsv";
  private static final Map<String, Owner> OWNERS = load();
  private static final Pattern PACKAGE_ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:sagemaker:[^:]*:([0-9]{12}):model-package/.+");

  private AwsOwnedAccounts() {}

  /** Whether {@code account} belongs to AWS (images or Marketplace). */
  public static boolean isAwsOwned(String account) {
    return OWNERS.containsKey(account);
  }

  /** Whether {@code account} publishes AWS Marketplace model packages. */
  public static boolean isMarketplace(String account) {
    return OWNERS.get(account) == Owner.MARKETPLACE;
  }

  /** Whether {@code modelPackage} is a model package ARN in an AWS Marketplace account. */
  public static boolean isMarketplacePackage(String modelPackage) {
    if (modelPackage == null) {
      return false;
    }
    Matcher m = PACKAGE_ARN.matcher(modelPackage);
    return m.matches() && isMarketplace(m.group(1));
  }

  private static Map<String, Owner> load() {
    Map<String, Owner> out = new HashMap<>();
    try (InputStream in = AwsOwnedAccounts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        out.put(cols[0], Owner.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
