package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;

/**
 * One label of a block header: {@code "aws_sagemaker_model"} or a bare identifier.
 *
 * @param value the label's text, quotes removed and escapes decoded
 * @param quoted whether it was written as a string
 * @param span where it is written, quotes included
 */
public record BlockLabel(String value, boolean quoted, Span span) implements HclNode {}
