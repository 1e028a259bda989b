package dev.sagelint.core.source.terraform.hcl;

/** What a body is made of: attributes and blocks, in source order. */
public sealed interface BodyItem extends HclNode permits Attribute, Block {}
