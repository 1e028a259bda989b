package dev.sagelint.core.source.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagelint.core.source.terraform.hcl.Expression;
import dev.sagelint.core.source.terraform.hcl.HclParseResult;
import dev.sagelint.core.source.terraform.hcl.HclParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  private static Expression value(String source) {
    HclParseResult r = HclParser.parse("x = " + source + "\n");
    assertEquals(List.of(), r.problems());
    return r.body().attribute("x").orElseThrow().value();
  }

  /** {@code address[key].attribute @ line:column-line:column}. */
  private static String show(ResourceReference r) {
    var s = r.span();
    return r.address() + (r.instanceKey() == null ? "" : "[key]")
        + (r.attribute() == null ? "" : "." + r.attribute())
        + " @ " + s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
  }

  private static Optional<String> direct(String source, String... iterators) {
    return References.direct(value(source), Set.of(iterators)).map(ReferencesTest::show);
  }

  private static List<String> all(String source, String... iterators) {
    return References.all(value(source), Set.of(iterators)).stream().map(ReferencesTest::show).toList();
  }

  @Test
  void aModelNameThatIsAReference() {
    assertEquals(Optional.of("aws_sagemaker_model.m.name @ 1:5-1:31"), direct("aws_sagemaker_model.m.name"));
    assertEquals(Optional.of("aws_sagemaker_model.m.name @ 1:8-1:34"), direct("\"${aws_sagemaker_model.m.name}\""));
    assertEquals(Optional.of("aws_sagemaker_model.mnist-model.name @ 1:5-1:41"),
        direct("aws_sagemaker_model.mnist-model.name"));
    assertEquals(Optional.of("aws_sagemaker_model.model[key].name @ 1:5-1:60"),
        direct("aws_sagemaker_model.model[production_variants.key].name", "production_variants"));
    assertEquals(Optional.of("data.aws_iam_role.r.arn @ 1:5-1:28"), direct("data.aws_iam_role.r.arn"));
    assertEquals(Optional.of("aws_sagemaker_model.m @ 1:5-1:26"), direct("aws_sagemaker_model.m"));
  }

  @Test
  void notReferences() {
    assertEquals(Optional.empty(), direct("var.model_name"));
    assertEquals(Optional.empty(), direct("local.sagemaker_model.name"));
    assertEquals(Optional.empty(), direct("each.value.name"));
    assertEquals(Optional.empty(), direct("count.index"));
    assertEquals(Optional.empty(), direct("module.m.name"));
    assertEquals(Optional.empty(), direct("production_variants.value.model_name", "production_variants"));
    assertEquals(Optional.empty(), direct("\"${aws_sagemaker_model.m.name}-x\""));
    assertEquals(Optional.empty(), direct("lookup(aws_sagemaker_model.m, \"name\")"));
    assertEquals(Optional.empty(), direct("aws_sagemaker_model"));
  }

  @Test
  void everyReferenceInsideAnExpression() {
    assertEquals(List.of("aws_iam_role.r.arn @ 1:8-1:26", "random_string.s.result @ 1:30-1:52"),
        all("\"${aws_iam_role.r.arn}-${random_string.s.result}\""));
    assertEquals(List.of("aws_sagemaker_model.all @ 1:15-1:38"),
        all("[for m in aws_sagemaker_model.all : m.name]"));
    assertEquals(List.of("aws_x.y @ 1:5-1:12"), all("aws_x.y[*].id"));
    assertEquals(List.of("aws_x.y.tags @ 1:12-1:24"), all("lookup(aws_x.y.tags, count.index)"));
    assertEquals(List.of("aws_sagemaker_model.m[key].name @ 1:5-1:43", "aws_x.k.id @ 1:27-1:37"),
        all("aws_sagemaker_model.m[aws_x.k.id].name"));
    assertEquals(List.of("aws_a.b.c @ 1:24-1:33"), all("{ aws_q = 1, key = aws_a.b.c }"));
    assertEquals(List.of(), all("\"%{ for r in var.rs }${r.name}%{ endfor }\""));
  }
}
