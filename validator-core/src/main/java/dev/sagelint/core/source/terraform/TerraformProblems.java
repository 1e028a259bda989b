package dev.sagelint.core.source.terraform;

import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.source.FrontEndProblems;

/**
 * What the Terraform front end finds wrong while reading a file (syntax, links), as findings on
 * Terraform pointers, worded from this package's messages.
 */
final class TerraformProblems extends FrontEndProblems {
  static final String SYNTAX = "SM001";
  static final String LIMIT = "SM003";
  static final String MISSING_TARGET = "SM410";
  static final String ARN_FOR_NAME = "SM411";

  TerraformProblems(SourceFile source, int documentIndex) {
    super(TerraformProblems.class, source.name(), documentIndex);
  }
}
