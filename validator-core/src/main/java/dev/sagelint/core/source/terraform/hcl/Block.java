package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.List;

/**
 * {@code type "label" ... { body }}, for example {@code resource "aws_sagemaker_model" "m" {...}}.
 *
 * @param type the block type ({@code resource}, {@code variable}, {@code primary_container}...)
 * @param typeSpan where the type keyword is written
 * @param labels the labels after the type, in order
 * @param body the block's content
 * @param span from the type to the closing brace
 */
public record Block(String type, Span typeSpan, List<BlockLabel> labels, Body body, Span span)
    implements BodyItem {

  public Block {
    labels = List.copyOf(labels);
  }

  /** The label values, in order. */
  public List<String> labelValues() {
    return labels.stream().map(BlockLabel::value).toList();
  }

  /** The {@code i}-th label's value, or {@code null} when the block has fewer labels. */
  public String label(int i) {
    return i < labels.size() ? labels.get(i).value() : null;
  }
}
