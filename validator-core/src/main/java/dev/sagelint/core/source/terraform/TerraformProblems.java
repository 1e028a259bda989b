package dev.sagelint.core.source.terraform;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Terraform front end finds wrong while reading a file (syntax, links), as findings on
 * Terraform pointers, one per (rule, pointer, message key).
 */
final class TerraformProblems {
  static final String SYNTAX = "SM001";
  static final String LIMIT = "SM003";
  static final String MISSING_TARGET = "SM410";
  static final String ARN_FOR_NAME = "SM411";

  private final SourceFile source;
  private final int documentIndex;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  TerraformProblems(SourceFile source, int documentIndex) {
    this.source = source;
    this.documentIndex = documentIndex;
  }

  void add(String rule, String pointer, Span span, String key, Object... args) {
    if (!seen.add(rule + "\u0000" + pointer + "\u0000" + key)) {
      return;
    }
    String hintKey = key + ".hint";
    String hint = Messages.template(TerraformProblems.class, hintKey) == null ? null
        : Messages.format(TerraformProblems.class, hintKey, args);
    findings.add(Finding.at(rule, Severity.ERROR,
        Messages.format(TerraformProblems.class, key, args), hint, source.name(), pointer,
        documentIndex, span, null));
  }

  /** A problem whose sentence is already written (the HCL parser's). */
  void addWritten(String rule, Span span, String message) {
    if (seen.add(rule + "\u0000" + span + "\u0000" + message)) {
      findings.add(Finding.at(rule, Severity.ERROR, message, null, source.name(), "",
          documentIndex, span, null));
    }
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
