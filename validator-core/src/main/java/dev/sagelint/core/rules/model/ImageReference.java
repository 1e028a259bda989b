package dev.sagelint.core.rules.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A container image reference as SageMaker reads {@code ContainerDefinition.Image}:
 * {@code registry-host[:port]/repository[:tag][@digest]}, following the Docker reference grammar.
 * The API shape only says "no whitespace, at most 255 characters", so this is where sagelint tells
 * a pullable reference from one that is not.
 *
 * @param host the registry host (with port), never empty for a well-formed reference
 * @param repository the repository path, e.g. {@code team/churn}
 * @param tag the tag, or {@code null}
 * @param digest the digest including its algorithm ({@code sha256:...}), or {@code null}
 * @param problem why the reference is malformed, or {@code null} when it is well formed
 */
record ImageReference(String host, String repository, String tag, String digest, Problem problem) {

  /** What is wrong with a malformed reference; each has a message key {@code image.<key>}. */
  enum Problem {
    /** No registry host before the first '/': Docker would read it as a Docker Hub image. */
    NO_REGISTRY("noregistry"),
    /** The registry host is not a host name (optionally with a port). */
    HOST("host"),
    /** The repository path has capital letters; registries require lower case. */
    UPPERCASE("uppercase"),
    /** A repository path component is empty or uses characters a repository name cannot have. */
    REPOSITORY("repository"),
    /** The tag is empty, too long, or uses characters a tag cannot have. */
    TAG("tag"),
    /** The text after '@' is not an algorithm and a hex digest. */
    DIGEST("digest");

    private final String key;

    Problem(String key) {
      this.key = key;
    }

    String messageKey() {
      return "image." + key;
    }
  }

  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  private static final Pattern HOST =
      Pattern.compile(LABEL + "(?:\\." + LABEL + ")*(?::[0-9]{1,5})?");
  private static final Pattern COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");
  /**
   * Amazon ECR private registry hosts: {@code <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]}
   * and the dual-stack form {@code <account>.dkr-ecr[-fips].<region>.on.aws}.
   */
  private static final Pattern ECR_HOST = Pattern.compile(
      "[0-9]{12}\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?"
          + "|[0-9]{12}\\.dkr-ecr(?:-fips)?\\.[a-z0-9-]+\\.on\\.aws");

  /** Parses {@code image}; never throws, a malformed reference carries its {@link Problem}. */
  static ImageReference parse(String image) {
    String name = image;
    String digest = null;
    int at = image.indexOf('@');
    if (at >= 0) {
      digest = image.substring(at + 1);
      name = image.substring(0, at);
    }
    int slash = name.indexOf('/');
    if (slash < 0) {
      return malformed(null, Problem.NO_REGISTRY);
    }
    String host = name.substring(0, slash);
    // Docker's rule: the first component is a registry host only if it could not be a path.
    boolean looksLikeHost =
        host.indexOf('.') >= 0 || host.indexOf(':') >= 0 || host.equals("localhost");
    if (!looksLikeHost) {
      return malformed(null, Problem.NO_REGISTRY);
    }
    if (!HOST.matcher(host).matches()) {
      return malformed(host, Problem.HOST);
    }
    String rest = name.substring(slash + 1);
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf('/', colon) < 0) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    for (String component : rest.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        boolean onlyCase = COMPONENT.matcher(component.toLowerCase(Locale.ROOT)).matches();
        return malformed(host, onlyCase ? Problem.UPPERCASE : Problem.REPOSITORY);
      }
    }
    if (tag != null && !TAG.matcher(tag).matches()) {
      return malformed(host, Problem.TAG);
    }
    if (digest != null && !DIGEST.matcher(digest).matches()) {
      return malformed(host, Problem.DIGEST);
    }
    return new ImageReference(host, rest, tag, digest, null);
  }

  /**
   * The reference whose tag and digest can be judged, or {@code null}. A template in the registry
   * part (such as {@code <account>.dkr.ecr...}) does not hide a missing tag, so for templated
   * values only the text after the last '/' is read, as long as that part is not templated itself.
   */
  static ImageReference forPinning(String image) {
    if (image.isEmpty() || image.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    ImageReference ref;
    if (ModelSpecs.looksTemplated(image)) {
      int at = image.indexOf('@');
      int slash = image.lastIndexOf('/', at < 0 ? image.length() : at);
      String tail = slash < 0 ? null : image.substring(slash + 1);
      if (tail == null || tail.isEmpty() || ModelSpecs.looksTemplated(tail)) {
        return null;
      }
      ref = parse("registry.invalid/" + tail);
    } else {
      ref = parse(image);
    }
    return ref.wellFormed() ? ref : null;
  }

  private static ImageReference malformed(String host, Problem problem) {
    return new ImageReference(host, null, null, null, problem);
  }

  boolean wellFormed() {
    return problem == null;
  }

  /** True for a private Amazon ECR registry, the only source of Platform access mode. */
  boolean isEcr() {
    return host != null && ECR_HOST.matcher(host).matches();
  }
}
