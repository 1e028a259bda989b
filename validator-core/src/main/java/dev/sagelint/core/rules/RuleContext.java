package dev.sagelint.core.rules;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees and how it reports. Messages come from the {@code messages.properties} of the
 * rule's package, by key; if the bundle also has {@code <key>.hint}, it becomes the finding's fix
 * hint. Severity defaults to the rule's severity for the current API version.
 */
public interface RuleContext {
  ParsedDocument document();

  /** The document root (rules only run on documents whose root is an object). */
  ObjectNode root();

  DocumentKind kind();

  ApiVersion apiVersion();

  /** The AWS region the spec will be sent to, when the user configured one. */
  Optional<String> region();

  /**
   * The AWS account the specs are deployed with, when the user gave one on the command line
   * ({@code --account}) or as the Maven parameter {@code sagelint.account}.
   */
  default Optional<String> account() {
    return Optional.empty();
  }

  /**
   * The account the execution roles of the run's models agree on, offered only when a
   * {@link RunAccountRule} is run again once every file of the run has been read; empty in the
   * per-document phase.
   */
  default Optional<RunAccount> runAccount() {
    return Optional.empty();
  }

  /** Local-storage facts about instance types, generated from the reference data. */
  InstanceTypes instanceTypes();

  /** A per-rule option from the configuration ({@code rules: {SM123: {options: {name: value}}}}). */
  Optional<String> option(String name);

  /** Reports at the value at {@code pointer} with the rule's default severity. */
  void report(String pointer, String messageKey, Object... args);

  /** Reports at the value at {@code pointer} with an explicit severity (for sub-checks). */
  void report(Severity severity, String pointer, String messageKey, Object... args);

  /** Reports at the key of the member at {@code pointer} (e.g. "this member must go"). */
  void reportAtKey(String pointer, String messageKey, Object... args);

  void reportAtKey(Severity severity, String pointer, String messageKey, Object... args);

  /**
   * Reports at the value at {@code pointer}, naming other places the finding is about (in this or
   * another file). Positions of other places go here, never into the message: a message that
   * quotes a line changes when lines move, and so would its baseline key.
   */
  default void report(String pointer, List<Finding.Related> related, String messageKey, Object... args) {
    report(pointer, messageKey, args); // a context that cannot show related places (a benchmark's)
  }

  /** {@link #report(String, List, String, Object...)} at the key of the member at {@code pointer}. */
  default void reportAtKey(String pointer, List<Finding.Related> related, String messageKey,
      Object... args) {
    reportAtKey(pointer, messageKey, args);
  }

  /** {@link #report(String, List, String, Object...)} with an explicit severity (for sub-checks). */
  default void report(Severity severity, String pointer, List<Finding.Related> related,
      String messageKey, Object... args) {
    report(severity, pointer, messageKey, args);
  }

  /** {@link #reportAtKey(String, List, String, Object...)} with an explicit severity. */
  default void reportAtKey(Severity severity, String pointer, List<Finding.Related> related,
      String messageKey, Object... args) {
    reportAtKey(severity, pointer, messageKey, args);
  }
}
