package dev.sagelint.core.schema;

import dev.sagelint.core.parse.Span;

/** How a schema keyword rule words and places one violation. */
public record Described(String pointer, Span span, String message, String hint) {}
