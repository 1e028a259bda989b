package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The severity of a rule under one API version, where AWS changed its behaviour (for example a
 * request that used to fail and is now accepted with a caveat).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(SeverityIn.List.class)
public @interface SeverityIn {
  ApiVersion version();

  Severity severity();

  /** Container for repeated {@link SeverityIn}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    SeverityIn[] value();
  }
}
