package dev.sagelint.core.internal;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.rules.InstanceTypes;
import dev.sagelint.core.rules.RuleContext;
import dev.sagelint.core.rules.RuleDescriptor;
import java.util.List;
import java.util.Optional;

/** The {@link RuleContext} of one rule on one document; collects what the rule reports. */
class DocumentRuleContext implements RuleContext {
  private final ParsedDocument document;
  private final DocumentKind kind;
  private final LintOptions options;
  private final RuleDescriptor rule;
  private final Class<?> messageAnchor;
  private final List<Finding> sink;

  DocumentRuleContext(ParsedDocument document, DocumentKind kind, LintOptions options,
      RuleDescriptor rule, List<Finding> sink) {
    this.document = document;
    this.kind = kind;
    this.options = options;
    this.rule = rule;
    this.messageAnchor = rule.implementation().getClass();
    this.sink = sink;
  }

  @Override
  public ParsedDocument document() {
    return document;
  }

  @Override
  public ObjectNode root() {
    return (ObjectNode) document.root();
  }

  @Override
  public DocumentKind kind() {
    return kind;
  }

  @Override
  public ApiVersion apiVersion() {
    return options.apiVersion();
  }

  @Override
  public Optional<String> region() {
    return options.region();
  }

  @Override
  public InstanceTypes instanceTypes() {
    return InstanceTypes.bundled();
  }

  @Override
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.setting(rule.id()).options().get(name));
  }

  @Override
  public void report(String pointer, String messageKey, Object... args) {
    report(rule.severityFor(options.apiVersion()), pointer, messageKey, args);
  }

  @Override
  public void report(Severity severity, String pointer, String messageKey, Object... args) {
    add(severity, pointer, document.spanOf(pointer), List.of(), messageKey, args);
  }

  @Override
  public void report(String pointer, List<Finding.Related> related, String messageKey, Object... args) {
    add(rule.severityFor(options.apiVersion()), pointer, document.spanOf(pointer), related, messageKey,
        args);
  }

  @Override
  public void reportAtKey(String pointer, List<Finding.Related> related, String messageKey,
      Object... args) {
    add(rule.severityFor(options.apiVersion()), pointer, document.keySpanOf(pointer), related,
        messageKey, args);
  }

  @Override
  public void report(Severity severity, String pointer, List<Finding.Related> related,
      String messageKey, Object... args) {
    add(severity, pointer, document.spanOf(pointer), related, messageKey, args);
  }

  @Override
  public void reportAtKey(Severity severity, String pointer, List<Finding.Related> related,
      String messageKey, Object... args) {
    add(severity, pointer, document.keySpanOf(pointer), related, messageKey, args);
  }

  @Override
  public void reportAtKey(String pointer, String messageKey, Object... args) {
    reportAtKey(rule.severityFor(options.apiVersion()), pointer, messageKey, args);
  }

  @Override
  public void reportAtKey(Severity severity, String pointer, String messageKey, Object... args) {
    add(severity, pointer, document.keySpanOf(pointer), List.of(), messageKey, args);
  }

  private void add(Severity severity, String pointer, Span span, List<Finding.Related> related,
      String key, Object... args) {
    String message = Messages.format(messageAnchor, key, args);
    String hint = Messages.hint(messageAnchor, key, args);
    sink.add(Finding.at(rule.id(), severity, message, hint, document.source().name(), pointer,
        document.index(), span, null).withRelated(related));
  }
}
