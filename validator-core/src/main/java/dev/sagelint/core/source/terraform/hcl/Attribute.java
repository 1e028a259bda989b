package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;

/**
 * {@code name = value}.
 *
 * @param name the attribute's name
 * @param nameSpan where the name is written (findings about the attribute as a whole point here)
 * @param value the expression, unevaluated
 * @param span from the name to the end of the value
 */
public record Attribute(String name, Span nameSpan, Expression value, Span span)
    implements BodyItem {}
