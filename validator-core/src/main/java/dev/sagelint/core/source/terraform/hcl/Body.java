package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.List;
import java.util.Optional;

/**
 * The content of a file or of a block: attributes and blocks in source order.
 *
 * @param items the attributes and blocks, in the order written
 * @param span the body's extent (for a block, between its braces; for a file, the whole text)
 */
public record Body(List<BodyItem> items, Span span) implements HclNode {

  public Body {
    items = List.copyOf(items);
  }

  /** The attributes, in source order. */
  public List<Attribute> attributes() {
    return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  /**
   * The attribute with this name. HCL forbids defining one twice (the parser reports it); if it
   * happens anyway the first definition is returned.
   */
  public Optional<Attribute> attribute(String name) {
    return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The nested blocks, in source order. */
  public List<Block> blocks() {
    return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }

  /** The nested blocks of one type, in source order (repeated blocks keep their order). */
  public List<Block> blocks(String type) {
    return blocks().stream().filter(b -> b.type().equals(type)).toList();
  }
}
