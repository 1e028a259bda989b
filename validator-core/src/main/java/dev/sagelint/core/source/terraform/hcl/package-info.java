/**
 * A parser for HashiCorp's HCL native syntax (the {@code .tf} language), producing a located
 * syntax tree and nothing else: no expression is evaluated, no function is called, no file or
 * network is touched, so a {@code data "http"} block is only ever text.
 *
 * <p>Entry point: {@link dev.sagelint.core.source.terraform.hcl.HclParser#parse}. The tree is a
 * {@link dev.sagelint.core.source.terraform.hcl.Body} of
 * {@link dev.sagelint.core.source.terraform.hcl.Attribute}s and
 * {@link dev.sagelint.core.source.terraform.hcl.Block}s whose values are
 * {@link dev.sagelint.core.source.terraform.hcl.Expression}s; every node has a
 * {@link dev.sagelint.core.parse.Span} with 1-based lines, UTF-16 columns and character offsets,
 * the same convention as the JSON and YAML trees. Why a hand-written parser: docs/adr/0025.
 */
package dev.sagelint.core.source.terraform.hcl;
