package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.Finding;
import dev.sagelint.core.Messages;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the front end finds wrong with a template's structure, its intrinsic functions and its
 * links, as findings on file pointers. One finding per (rule, pointer): scenarios that build the
 * same resource again meet the same problem again.
 */
final class Problems {
  static final String STRUCTURE = "SM020";
  static final String MISSING_TARGET = "SM410";
  static final String ARN_FOR_NAME = "SM411";

  private final ParsedDocument document;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  Problems(ParsedDocument document) {
    this.document = document;
  }

  void add(String rule, String filePointer, Span span, String key, Object... args) {
    if (!seen.add(rule + "\u0000" + filePointer + "\u0000" + key)) {
      return;
    }
    String hintKey = key + ".hint";
    String hint = Messages.template(Problems.class, hintKey) == null ? null
        : Messages.format(Problems.class, hintKey, args);
    findings.add(Finding.at(rule, Severity.ERROR, Messages.format(Problems.class, key, args), hint,
        document.source().name(), filePointer, document.index(), span, null));
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
