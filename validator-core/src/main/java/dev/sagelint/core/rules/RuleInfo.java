package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule class itself so it cannot drift from the code. The generated docs
 * ({@code docs/rules/<id>.md}), {@code sagelint rules}, SARIF rule descriptors and the meta-tests
 * all read it from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id, {@code SM} plus three digits; never reused once retired. */
  String id();

  /** One-line summary in sentence case, without a trailing period. */
  String title();

  /** Default severity; {@link SeverityIn} overrides it for specific API versions. */
  Severity severity();

  /** Documents the rule applies to; empty means every kind. */
  DocumentKind[] kinds() default {};

  /** API versions the rule applies to; empty means every bundled version. */
  ApiVersion[] versions() default {};

  /** Markdown: what the rule finds (the "What it finds" section of its doc page). */
  String description();

  /** Markdown: why AWS or the user cares; cite the evidence and its strength. */
  String rationale();

  /** The entry of {@code reference/CONSTRAINTS.md} this rule implements, or empty. */
  String reference() default "";

  /** Evidence behind the severity: documented-reject, observed-reject, documented requirement, inferred, or empty. */
  String evidence() default "";

  /**
   * Schema keywords whose finding on the same value this rule's finding replaces, because it
   * explains the same mistake better (a placeholder is why a name fails its pattern). Ignoring
   * this rule brings the schema finding back.
   */
  String[] supersedes() default {};

  /** The sagelint version that introduced the rule. */
  String since() default "0.1.0";
}
