package dev.sagelint.core.source.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HclParserTest {

  /** The value of {@code x = <source>}, which must parse cleanly. */
  private static Expression value(String source) {
    String text = "x = " + source + "\n";
    HclParseResult r = HclParser.parse(text);
    assertEquals(List.of(), r.problems(), source);
    assertEquals(List.of(), HclSpans.violations(text, r), source);
    return r.body().attribute("x").orElseThrow().value();
  }

  private static String dump(String source) {
    return Dump.of(value(source));
  }

  /** Each problem as {@code line:column-line:column message}. */
  private static List<String> problems(String text) {
    assertEquals(List.of(), HclSpans.violations(text, HclParser.parse(text)), text);
    return HclParser.parse(text).problems().stream()
        .map(p -> Dump.at(p::span) + " " + p.message()).toList();
  }

  @Test
  void literals() {
    assertEquals("1", dump("1"));
    assertEquals("1.5e+3", dump("1.5e+3"));
    assertEquals("true", dump("true"));
    assertEquals("false", dump("false"));
    assertEquals("null", dump("null"));
    assertEquals("\"abc\"", dump("\"abc\""));
    assertEquals("\"\"", dump("\"\""));
  }

  @Test
  void operatorsBindByHclPrecedence() {
    assertEquals("(((a + (b * c)) == d) || ((!e) && f))", dump("a + b * c == d || !e && f"));
  }

  @Test
  void arithmeticIsLeftAssociative() {
    assertEquals("((a - b) - (c % 2))", dump("a - b - c % 2"));
    assertEquals("((-1) + 2)", dump("-1 + 2"));
    assertEquals("((a >= 1) != (b < 2))", dump("a >= 1 != b < 2"));
  }

  @Test
  void conditionalsNestToTheRight() {
    assertEquals("(a ? b : (c ? d : e))", dump("a ? b : c ? d : e"));
    assertEquals("((length(var.c) == 1) ? [var.c[0]] : [])",
        dump("length(var.c) == 1 ? [var.c[0]] : []"));
  }

  @Test
  void traversalsIndexesAndSplats() {
    assertEquals("aws_sagemaker_model.m.name", dump("aws_sagemaker_model.m.name"));
    assertEquals("var.list[0].x", dump("var.list[0].x"));
    assertEquals("a.0.b", dump("a.0.b"));
    assertEquals("a.0.1", dump("a.0.1"));
    assertEquals("aws_iam_role.r[*].arn[0]", dump("aws_iam_role.r[*].arn[0]"));
    assertEquals("a.*.b.c", dump("a.*.b.c"));
    // An index after an attribute splat applies to the resulting list, not to each element.
    Expression.Index i = assertInstanceOf(Expression.Index.class, value("a.*.b[0]"));
    Expression.Splat s = assertInstanceOf(Expression.Splat.class, i.collection());
    assertEquals(List.of("b"), s.each().stream().map(st -> ((Expression.AttrStep) st).name()).toList());
    // ...while after a full splat it is one of the per-element steps.
    Expression.Splat full = assertInstanceOf(Expression.Splat.class, value("a[*].b[0]"));
    assertEquals(2, full.each().size());
    assertEquals("each.value[\"k\"]", dump("each.value[\"k\"]"));
  }

  @Test
  void functionCalls() {
    assertEquals("lookup(var.m, \"k\", null)", dump("lookup(var.m, \"k\", null)"));
    assertEquals("concat(a, b...)", dump("concat(a, b...)"));
    assertEquals("provider::aws::arn_parse(\"arn\")", dump("provider::aws::arn_parse(\"arn\")"));
    assertEquals("merge({a = 1}, var.tags)", dump("merge(\n  {\n    a = 1\n  },\n  var.tags,\n)"));
    assertEquals("timestamp()", dump("timestamp()"));
  }

  @Test
  void tuplesAndObjects() {
    assertEquals("[1, [2, 3], \"x\"]", dump("[\n  1,\n  [2, 3],\n  \"x\",\n]"));
    assertEquals("[]", dump("[]"));
    assertEquals("{a = 1, \"b\" = 2, c = 3, paren(d) = 4}",
        dump("{ a = 1, \"b\" = 2\n  c: 3\n  (d) = 4\n}"));
    assertEquals("{}", dump("{}"));
    Expression.ObjectCons o = assertInstanceOf(Expression.ObjectCons.class,
        value("{ a = 1, \"b\" = 2, (c) = 3 }"));
    assertEquals(List.of(Optional.of("a"), Optional.of("b"), Optional.empty()),
        o.items().stream().map(Expression.ObjectItem::keyName).toList());
    // `for` is only a for expression when a variable name follows it.
    assertEquals("{for = 1}", dump("{ for = 1 }"));
  }

  @Test
  void forExpressions() {
    assertEquals("[for s in var.list : upper(s) if (s != \"\")]",
        dump("[for s in var.list : upper(s) if s != \"\"]"));
    assertEquals("{for k, v in var.map : k => v...}", dump("{\n  for k, v in var.map :\n  k => v...\n}"));
    assertEquals("[for i, v in x : (i + v)]", dump("[for i, v in x : i + v]"));
  }

  @Test
  void templatesKeepTheirPartsAndDecodeEscapes() {
    assertEquals("\"Hello, ${var.name}!\"", dump("\"Hello, ${var.name}!\""));
    Expression.Template t = assertInstanceOf(Expression.Template.class,
        value("\"a\\nb\\\"c\\u00e9\\U0001F600 $${x} %%{y} 50% $5\""));
    assertEquals(Optional.of("a\nb\"c\u00e9\uD83D\uDE00 ${x} %{y} 50% $5"), t.literalValue());
    assertEquals("\"%{if var.x}yes%{else}no%{endif}\"",
        dump("\"%{ if var.x }yes%{ else }no%{ endif }\""));
    assertEquals("\"%{for i, n in var.names}${i}=${n},%{endfor}\"",
        dump("\"%{ for i, n in var.names }${i}=${n},%{ endfor }\""));
    assertEquals("\"<${~a~}>\"", dump("\"<${~ a ~}>\""));
    assertEquals("\"${\"inner ${x}\"}\"", dump("\"${\"inner ${x}\"}\""));
    assertEquals("\"${{a = 1}.a}\"", dump("\"${{a = 1}.a}\""), "braces inside an interpolation");
    assertEquals(Optional.empty(),
        assertInstanceOf(Expression.Template.class, value("\"x${y}\"")).literalValue());
  }

  @Test
  void heredocs() {
    Expression.Template plain = assertInstanceOf(Expression.Template.class,
        value("<<EOF\n  {\n    \"a\": 1\n  }\nEOF"));
    assertEquals(Expression.TemplateForm.HEREDOC, plain.form());
    assertEquals(Optional.of("  {\n    \"a\": 1\n  }\n"), plain.literalValue());
    Expression.Template indented = assertInstanceOf(Expression.Template.class,
        value("<<-EOT\n    a\n      b \\n $${c}\n\n    EOT"));
    assertEquals(Optional.of("a\n  b \\n ${c}\n\n"), indented.literalValue(),
        "no escapes in heredocs, only $${; blank lines do not count for the indent");
    assertEquals("heredoc\"x=${var.x}\\ny\\n\"", dump("<<EOF\nx=${var.x}\ny\nEOF"));
    assertEquals("heredoc\"\"", dump("<<EOF\nEOF"));
    // The marker must be alone on its line: "EOFX" and "x EOF" do not close it.
    assertEquals(Optional.of("EOFX\nx EOF\n"), assertInstanceOf(Expression.Template.class,
        value("<<EOF\nEOFX\nx EOF\nEOF")).literalValue());
  }

  @Test
  void commentsOfAllThreeKinds() {
    HclParseResult r = HclParser.parse("# one\na = 1 # after\n// two\n/* three\n   lines */ b = 2\n"
        + "c = /* inline */ 3 // end\n");
    assertEquals(List.of(), r.problems());
    assertEquals(List.of("a", "b", "c"), r.body().attributes().stream().map(Attribute::name).toList());
    assertEquals("5:13-5:18", Dump.at(r.body().attribute("b").orElseThrow()));
    assertEquals("3", Dump.of(r.body().attribute("c").orElseThrow().value()));
  }

  @Test
  void blocksWithLabelsNestedOneLineAndEmpty() {
    String tf = """
        resource "aws_sagemaker_model" "m" {
          name = "churn"
          primary_container {
            image = "img"
          }
          container { image = "a" }
          container {}
          vpc_config {
          }
        }
        terraform {}
        locals { a = 1 }
        """;
    HclParseResult r = HclParser.parse(tf);
    assertEquals(List.of(), r.problems());
    Block res = r.body().blocks("resource").get(0);
    assertEquals(List.of("aws_sagemaker_model", "m"), res.labelValues());
    assertEquals("m", res.label(1));
    assertEquals(null, res.label(2));
    assertEquals(List.of("name", "primary_container", "container", "container", "vpc_config"),
        res.body().items().stream().map(i -> i instanceof Attribute a ? a.name() : ((Block) i).type()).toList());
    assertEquals(2, res.body().blocks("container").size());
    assertEquals("\"a\"", Dump.of(res.body().blocks("container").get(0).body().attribute("image").orElseThrow().value()));
    assertEquals(List.of("resource", "terraform", "locals"), r.body().blocks().stream().map(Block::type).toList());
  }

  @Test
  void everyNodeIsLocated() {
    String tf = "resource \"aws_sagemaker_endpoint_configuration\" \"ec\" {\n"
        + "  production_variants {\n"
        + "    model_name   = aws_sagemaker_model.m.name\n"
        + "    instance_type = var.types[\"gpu\"]\n"
        + "  }\n"
        + "}\n";
    HclParseResult r = HclParser.parse(tf);
    assertEquals(List.of(), r.problems());
    Block res = r.body().blocks().get(0);
    assertEquals("1:1-6:2", Dump.at(res));
    assertEquals("1:1-1:9", Dump.at(res::typeSpan));
    assertEquals("1:10-1:48", Dump.at(res.labels().get(0)));
    assertEquals("1:49-1:53", Dump.at(res.labels().get(1)));
    assertEquals("1:54-6:2", Dump.at(res.body()));
    Block pv = res.body().blocks().get(0);
    assertEquals("2:3-5:4", Dump.at(pv));
    Attribute model = pv.body().attribute("model_name").orElseThrow();
    assertEquals("3:5-3:46", Dump.at(model));
    assertEquals("3:5-3:15", Dump.at(model::nameSpan));
    Expression.GetAttr name = assertInstanceOf(Expression.GetAttr.class, model.value());
    assertEquals("3:20-3:46", Dump.at(name));
    assertEquals("3:42-3:46", Dump.at(name::nameSpan));
    assertEquals("3:20-3:41", Dump.at(name.object()));
    Expression.Index idx = assertInstanceOf(Expression.Index.class,
        pv.body().attribute("instance_type").orElseThrow().value());
    assertEquals("4:21-4:37", Dump.at(idx));
    assertEquals("4:31-4:36", Dump.at(idx.key()));
    // offsets are character offsets into the text
    assertEquals(tf.indexOf("aws_sagemaker_model.m.name"), name.span().startOffset());
    assertEquals(tf.indexOf("aws_sagemaker_model.m.name") + 26, name.span().endOffset());
  }

  @Test
  void columnsCountUtf16CodeUnits() {
    // The emoji is two UTF-16 code units, the accented letter one.
    HclParseResult r = HclParser.parse("a = \"\u00e9\uD83D\uDE00\"; b = 1\n".replace("; ", "\n"));
    assertEquals(List.of(), r.problems());
    assertEquals("1:5-1:10", Dump.at(r.body().attribute("a").orElseThrow().value()));
    r = HclParser.parse("tags = { \"\uD83D\uDE00\" = 1, k = 2 }\n");
    Expression.ObjectCons o = (Expression.ObjectCons) r.body().attribute("tags").orElseThrow().value();
    assertEquals("1:20-1:21", Dump.at(o.items().get(1).key()));
  }

  @Test
  void crlfLineBreaks() {
    HclParseResult r = HclParser.parse("a = 1\r\nb = <<EOF\r\nx\r\nEOF\r\nc = \"y\"\r\n");
    assertEquals(List.of(), r.problems());
    assertEquals("5:1-5:8", Dump.at(r.body().attribute("c").orElseThrow()));
    assertEquals(Optional.of("x\r\n"),
        ((Expression.Template) r.body().attribute("b").orElseThrow().value()).literalValue());
  }

  @Test
  void syntaxErrorsAreLocatedAndParsingResumes() {
    assertEquals(List.of("1:5-2:1 This is not valid HCL: expected an expression, found a newline."),
        problems("a = \nb = 2\n"));
    assertEquals(List.of("1:3-1:4 This is not valid HCL: expected `=` or a block after `a`, found the number `1`."),
        problems("a 1\n"));
    assertEquals(List.of("2:9-2:10 This is not valid HCL: the character `@` is not allowed here (expected an expression)."),
        problems("a = 1\nb = 1 + @\nc = 3\n"));
    assertEquals(List.of("1:5-1:9 This is not valid HCL: this string is not closed with `\"` before the end of its line."),
        problems("a = \"abc\nb = 1\n"));
    assertEquals(List.of("1:5-1:10 This is not valid HCL: this heredoc is never closed: no line `EOF` ends it."),
        problems("a = <<EOF\nx\n  EOF x\n"));
    assertEquals(List.of("1:7-1:8 This is not valid HCL: this block's `{` is never closed with `}`."),
        problems("r \"x\" {\n  a = 1\n"));
    assertEquals(List.of("2:1-2:2 This is not valid HCL: the attribute `a` is already defined at line 1, column 1."),
        problems("a = 1\na = 2\n"));
    assertEquals(List.of("1:1-1:2 This is not valid HCL: expected an attribute name or a block type, found `}`."),
        problems("}\na = 1\n"));
    assertEquals(List.of("1:6-1:8 This is not valid HCL: the escape `\\q` (HCL strings know \\n, \\r, \\t, \\\", \\\\ and \\u or \\U with hex digits)."),
        problems("a = \"\\q\"\n"));
    assertEquals(List.of("1:11-1:12 This is not valid HCL: expected a line break after the value of `a`, found the number `2`."),
        problems("a = 1 + 1 2\n"));
    assertEquals(List.of("1:13-1:14 This is not valid HCL: expected `,`, a line break or `}` after an object item, found `b`."),
        problems("a = { a = 1 b = 2 }\n"));
    assertEquals(List.of("1:5-1:7 This is not valid HCL: `<<` that does not start a heredoc (`<<NAME` or `<<-NAME` followed by a line break) is not allowed here (expected an expression)."),
        problems("a = << EOF\n"));
    assertEquals(List.of("1:5-1:7 This is not valid HCL: a block label is a plain string, expected its closing `\"`, found `${`."),
        problems("r \"a${b}\" {}\n"));
  }

  @Test
  void aBrokenStatementInsideABlockDoesNotLoseTheRest() {
    HclParseResult r = HclParser.parse("r {\n  a = 1 +\n  b = 2\n  c = = 1\n  d = 4\n}\ne = 5\n");
    assertEquals(List.of(
        "2:10-3:1 This is not valid HCL: expected an expression, found a newline.",
        "4:7-4:8 This is not valid HCL: expected an expression, found `=`."),
        r.problems().stream().map(p -> Dump.at(p::span) + " " + p.message()).toList());
    assertEquals(List.of("b", "d"),
        r.body().blocks().get(0).body().attributes().stream().map(Attribute::name).toList());
    assertEquals("e", r.body().attributes().get(0).name());
  }

  @Test
  void anUnclosedBracketSwallowsTheRestOfItsBlock() {
    // Inside brackets line breaks are blanks, so `[1,` runs on until the `}`: the statement's
    // error, then the block that never closes. Recovery does not guess where `]` was meant.
    HclParseResult r = HclParser.parse("resource \"t\" \"n\" {\n  a = [1,\n  b = (2\n  c = 3\n}\n");
    assertEquals(List.of(
        "1:18-1:19 This is not valid HCL: this block's `{` is never closed with `}`.",
        "3:5-3:6 This is not valid HCL: expected `]` to close the list (or `,` between items), found `=`."),
        r.problems().stream().map(p -> Dump.at(p::span) + " " + p.message()).toList());
    assertEquals(List.of("resource"), r.body().blocks().stream().map(Block::type).toList());
  }

  @Test
  void aDataHttpBlockIsOnlyText() {
    // Nothing in the parser performs I/O; this pins that the block parses as plain data.
    HclParseResult r = HclParser.parse("data \"http\" \"x\" {\n  url = \"http://127.0.0.1:9/\"\n}\n");
    assertEquals(List.of(), r.problems());
    assertEquals(Optional.of("http://127.0.0.1:9/"), ((Expression.Template) r.body().blocks().get(0)
        .body().attribute("url").orElseThrow().value()).literalValue());
  }

  @Test
  void problemsAreSortedAndBounded() {
    HclParseResult r = HclParser.parse("@\n".repeat(200));
    assertEquals(HclParser.MAX_ERRORS + 1, r.problems().size());
    HclProblem last = r.problems().get(r.problems().size() - 1);
    assertEquals(HclProblem.Kind.TOO_MANY_ERRORS, last.kind());
    assertEquals("51:1-51:2", Dump.at(last::span));
    assertTrue(r.stoppedEarly());
  }
}
