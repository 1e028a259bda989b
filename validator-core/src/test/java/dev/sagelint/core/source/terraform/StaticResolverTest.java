package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.Body;
import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StaticResolverTest {
  private static final String VARIABLES = """
      variable "instance_type" {
        type    = string
        default = "ml.m5.large"
      }
      variable "count_default" { default = 2 }
      variable "no_default" {}
      variable "tags" {
        default = { team = "ml", "cost-center" = 42 }
      }
      variable "subnets" { default = ["a", "b"] }
      variable "enabled" { default = false }
      variable "computed" { default = upper("x") }
      """;
  private static final String LOCALS = """
      locals {
        name   = "churn"
        prefix = local.name
        type   = var.instance_type
        loop_a = local.loop_b
        loop_b = local.loop_a
      }
      """;
  private static final StaticResolver MODULE =
      StaticResolver.forModule(List.of(body(VARIABLES), body(LOCALS)));

  private static Body body(String text) {
    HclParseResult r = HclParser.parse(text);
    assertEquals(List.of(), r.problems());
    return r.body();
  }

  /** The value of {@code x = <source>} in the test module. */
  private static StaticValue resolve(String source) {
    return MODULE.resolve(body("x = " + source + "\n").attribute("x").orElseThrow().value());
  }

  /** A compact form: strings quoted, unknown as {@code ?}, containers recursively. */
  private static String show(StaticValue v) {
    if (v instanceof StaticValue.Str s) {
      return "\"" + s.value() + "\"";
    } else if (v instanceof StaticValue.Num n) {
      return n.value().toPlainString();
    } else if (v instanceof StaticValue.Bool b) {
      return String.valueOf(b.value());
    } else if (v instanceof StaticValue.Null) {
      return "null";
    } else if (v instanceof StaticValue.ListValue l) {
      return l.items().stream().map(StaticResolverTest::show).collect(Collectors.joining(", ", "[", "]"));
    } else if (v instanceof StaticValue.MapValue m) {
      return m.entries().entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return "?";
  }

  private static String via(StaticValue v) {
    return v.via().stream().map(p -> p.kind() + " " + p.name() + " " + at(p.reference()) + " " + at(p.definition()))
        .collect(Collectors.joining(" | "));
  }

  private static String at(Span s) {
    return s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
  }

  @Test
  void literalsAreValuesWrittenWhereTheyAreUsed() {
    StaticValue v = resolve("\"ml.m5.large\"");
    assertEquals("\"ml.m5.large\"", show(v));
    assertEquals("1:5-1:18", at(v.span()));
    assertEquals(List.of(), v.via());
    assertEquals("4", show(resolve("4")));
    assertEquals("-1.5", show(resolve("-1.5")));
    assertEquals("true", show(resolve("!false")));
    assertEquals("null", show(resolve("null")));
  }

  @Test
  void heredocsAreStrings() {
    assertEquals("\"{\n  \"a\": 1\n}\n\"", show(resolve("<<-EOT\n    {\n      \"a\": 1\n    }\n    EOT")));
  }

  @Test
  void aVariableWithALiteralDefaultIsThatValueAndSaysWhereItCameFrom() {
    StaticValue v = resolve("var.instance_type");
    assertEquals("\"ml.m5.large\"", show(v));
    assertEquals("3:13-3:26", at(v.span()), "the value is written in the variable block");
    assertEquals("VARIABLE_DEFAULT instance_type 1:5-1:22 3:13-3:26", via(v));
    assertEquals("2", show(resolve("var.count_default")));
  }

  @Test
  void variablesWithoutADefaultOrWithAComputedOneAreUnknown() {
    assertFalse(resolve("var.no_default").isKnown());
    assertFalse(resolve("var.undeclared").isKnown());
    assertFalse(resolve("var.computed").isKnown());
  }

  @Test
  void localsResolveThroughLocalsAndVariables() {
    StaticValue name = resolve("local.name");
    assertEquals("\"churn\"", show(name));
    assertEquals("LOCAL name 1:5-1:15 2:12-2:19", via(name));
    StaticValue prefix = resolve("local.prefix");
    assertEquals("\"churn\"", show(prefix));
    assertEquals("LOCAL prefix 1:5-1:17 3:12-3:22 | LOCAL name 3:12-3:22 2:12-2:19", via(prefix));
    assertEquals("LOCAL type 1:5-1:15 4:12-4:29 | VARIABLE_DEFAULT instance_type 4:12-4:29 3:13-3:26",
        via(resolve("local.type")));
  }

  @Test
  void aCycleOfLocalsIsUnknownNotAnOverflow() {
    assertFalse(resolve("local.loop_a").isKnown());
  }

  @Test
  void localsUsedTwicePerLevelResolveOnceEach() {
    // Without memoising, 40 levels that each use the previous level twice cost 2^40 lookups.
    StringBuilder tf = new StringBuilder("locals {\n  l0 = \"x\"\n");
    for (int i = 1; i <= 40; i++) {
      tf.append("  l").append(i).append(" = [local.l").append(i - 1).append(", local.l").append(i - 1).append("]\n");
    }
    StaticResolver module = StaticResolver.forModule(List.of(body(tf.append("}\n").toString())));
    StaticValue v = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> module.resolve(body("x = local.l40\n").attribute("x").orElseThrow().value()));
    StaticValue inner = v;
    for (int i = 0; i < 40; i++) {
      inner = ((StaticValue.ListValue) inner).items().get(1);
    }
    assertEquals("\"x\"", show(inner));
  }

  @Test
  void functionCallsAreUnknown() {
    StaticValue v = resolve("lookup(var.tags, \"team\", null)");
    assertInstanceOf(StaticValue.Unknown.class, v);
    assertEquals("1:5-1:35", at(v.span()));
    assertFalse(resolve("upper(\"x\")").isKnown());
  }

  @Test
  void conditionalsAreUnknownUnlessTheConditionIsKnown() {
    assertFalse(resolve("var.no_default ? \"a\" : \"b\"").isKnown());
    assertFalse(resolve("length(var.subnets) > 1 ? \"a\" : \"b\"").isKnown());
    StaticValue picked = resolve("var.enabled ? \"a\" : null");
    assertEquals("null", show(picked));
    assertEquals("VARIABLE_DEFAULT enabled 1:5-1:16 11:32-11:37", via(picked));
  }

  @Test
  void templatesWithInterpolationAreUnknownExceptALoneInterpolation() {
    assertFalse(resolve("\"${var.instance_type}-x\"").isKnown());
    assertFalse(resolve("\"%{ if true }a%{ endif }\"").isKnown());
    StaticValue lone = resolve("\"${var.instance_type}\"");
    assertEquals("\"ml.m5.large\"", show(lone), "\"${x}\" is x itself in Terraform");
    assertEquals("VARIABLE_DEFAULT instance_type 1:8-1:25 3:13-3:26", via(lone));
  }

  @Test
  void terraformsOwnDynamicValuesAreUnknown() {
    for (String e : List.of("count.index", "each.value", "each.value.name", "self.arn", "path.module",
        "aws_sagemaker_model.m.name", "data.aws_iam_role.r.arn", "module.m.out",
        "aws_sagemaker_model.m[*].name", "[for s in var.subnets : s]", "1 + 1")) {
      assertFalse(resolve(e).isKnown(), e);
    }
  }

  @Test
  void tuplesAndObjectsOfResolvableItems() {
    assertEquals("[\"ml.m5.large\", ?]", show(resolve("[var.instance_type, aws_x.y.id]")));
    assertEquals("{a: 1, b-c: \"b\"}", show(resolve("{ a = 1, \"b-c\" = var.subnets[1] }")));
    assertEquals("{ml.m5.large: 1}", show(resolve("{ (var.instance_type) = 1 }")));
    assertFalse(resolve("{ (var.no_default) = 1 }").isKnown(), "a computed key hides the keys");
    StaticValue m = resolve("var.tags");
    assertInstanceOf(StaticValue.MapValue.class, m);
    assertEquals(Map.of("team", "\"ml\"", "cost-center", "42"), ((StaticValue.MapValue) m).entries()
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> show(e.getValue()))));
  }

  @Test
  void attributesAndIndexesOfKnownValues() {
    StaticValue team = resolve("var.tags.team");
    assertEquals("\"ml\"", show(team));
    assertEquals("8:22-8:26", at(team.span()));
    assertEquals("VARIABLE_DEFAULT tags 1:5-1:13 8:13-8:48", via(team));
    assertEquals("42", show(resolve("var.tags[\"cost-center\"]")));
    assertEquals("\"b\"", show(resolve("var.subnets[1]")));
    assertFalse(resolve("var.subnets[2]").isKnown());
    assertFalse(resolve("var.tags.missing").isKnown());
    assertFalse(resolve("var.subnets[count.index]").isKnown());
  }
}
