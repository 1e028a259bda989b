package dev.sagelint.core.source.cloudformation;

import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.source.FrontEndProblems;

/**
 * What the CloudFormation front end finds wrong with a template's structure, its intrinsic
 * functions and its links, worded from this package's messages.
 */
final class Problems extends FrontEndProblems {
  static final String STRUCTURE = "SM020";
  static final String MISSING_TARGET = "SM410";
  static final String ARN_FOR_NAME = "SM411";

  Problems(ParsedDocument document) {
    super(Problems.class, document.source().name(), document.index());
  }
}
