package dev.sagelint.core.rules.model;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ScalarNode;
import dev.sagelint.core.rules.Paths;
import dev.sagelint.core.rules.Rule;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleInfo;
import dev.sagelint.core.rules.Specs;
import java.util.Locale;
import java.util.regex.Pattern;

/** A network-isolated model, and in particular one whose managed container needs the network. */
@RuleInfo(
    id = "SM234",
    title = "Network isolation on a container that needs the network",
    severity = Severity.WARNING,
    kinds = {DocumentKind.CREATE_MODEL, DocumentKind.DESCRIBE_MODEL},
    reference = "SM-CM-NETWORK-ISOLATION",
    evidence = "documented requirement",
    description = """
        `EnableNetworkIsolation` is `true` and a container's image is one of the SageMaker \
        managed containers that the documentation lists as not supporting network isolation \
        (Chainer, SageMaker Reinforcement Learning: repositories named `sagemaker-chainer*` or \
        `sagemaker-rl-*`). Reported at the image.

        The catalogue's second sub-check, an information on every isolated model that the \
        container gets neither network access nor AWS credentials, is deliberately not reported: \
        it has no condition beyond the flag itself, so it would only repeat this paragraph on \
        every isolated model. Keep in mind that with isolation the container cannot reach Amazon \
        S3 or any other service; SageMaker only downloads the model artifacts for it.""",
    rationale = """
        With network isolation the container cannot make any outbound call, "even to other AWS \
        services such as Amazon S3", and no AWS credentials are made available to it; SageMaker \
        still downloads the model artifacts for it. The Developer Guide names the Chainer and \
        SageMaker Reinforcement Learning containers as not supporting isolation because they \
        read from S3 themselves.

        Evidence: documented requirement (Developer Guide, "Run training and inference containers \
        in internet-free mode"; API reference of `CreateModel.EnableNetworkIsolation`). No \
        rejection is documented: the container fails at run time, so a warning, as the constraints \
        catalogue rates it.""")
public final class NetworkIsolationLimits implements Rule {
  /** Repository names of the managed containers the documentation excludes. */
  private static final Pattern NEEDS_NETWORK = Pattern.compile("sagemaker-(chainer|rl-)[^/:@]*");

  @Override
  public void check(RuleContext ctx) {
    if (!(ctx.root().get("EnableNetworkIsolation") instanceof ScalarNode s)
        || !Boolean.TRUE.equals(s.value())) {
      return;
    }
    for (Specs.At c : Specs.containers(ctx.root())) {
      String image = c.node().text("Image");
      String repository = image == null ? null : repository(image);
      if (repository != null && NEEDS_NETWORK.matcher(repository).matches()) {
        ctx.report(c.pointer() + "/Image", "isolation.managed", repository,
            Paths.readable(c.pointer()));
      }
    }
  }

  /** The last path segment of an image reference, without tag or digest, lower-cased. */
  static String repository(String image) {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int slash = s.lastIndexOf('/');
    String name = slash >= 0 ? s.substring(slash + 1) : s;
    int colon = name.indexOf(':');
    return (colon >= 0 ? name.substring(0, colon) : name).toLowerCase(Locale.ROOT);
  }
}
