/**
 * What the Terraform front end knows about a module without running Terraform: which values are
 * static ({@link dev.sagelint.core.source.terraform.StaticResolver}), and which resources an
 * expression refers to ({@link dev.sagelint.core.source.terraform.References}). The syntax tree
 * comes from {@link dev.sagelint.core.source.terraform.hcl}.
 */
package dev.sagelint.core.source.terraform;
