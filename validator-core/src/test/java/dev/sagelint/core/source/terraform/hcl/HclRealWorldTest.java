package dev.sagelint.core.source.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 19 real Terraform files of {@code ../shared/realworld/terraform}, read in place. */
class HclRealWorldTest {

  static Path corpus() {
    return Path.of(System.getProperty("sagelint.shared", "../../shared"))
        .resolve("realworld").resolve("terraform");
  }

  static List<Path> files() throws IOException {
    Path dir = corpus();
    assumeTrue(Files.isDirectory(dir), "no Terraform corpus at " + dir);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    }
  }

  static HclParseResult parse(String name) throws IOException {
    Path p = corpus().resolve(name);
    assumeTrue(Files.isRegularFile(p), "no " + p);
    return HclParser.parse(Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void everyRealFileParsesWithoutAProblem() throws IOException {
    List<Path> files = files();
    assertEquals(19, files.size(), "the corpus has 19 .tf files");
    List<String> problems = new ArrayList<>();
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      HclParseResult r = HclParser.parse(text);
      HclSpans.violations(text, r).forEach(v -> problems.add(p.getFileName() + ": " + v));
      r.problems().forEach(x -> problems.add(p.getFileName() + ":" + x.span().startLine() + ":"
          + x.span().startColumn() + " " + x.message()));
    }
    assertEquals(List.of(), problems);
  }

  private static Block resource(HclParseResult r, String type, String name) {
    return r.body().blocks("resource").stream()
        .filter(b -> b.labelValues().equals(List.of(type, name))).findFirst().orElseThrow();
  }

  @Test
  void positionsInTheKicsEndpointConfig() throws IOException {
    HclParseResult r = parse("kics__1.tf");
    Block ec = resource(r, "aws_sagemaker_endpoint_configuration", "positive");
    assertEquals("1:1-14:2", Dump.at(ec));
    assertEquals("1:10-1:48", Dump.at(ec.labels().get(0)));
    assertEquals("1:49-1:59", Dump.at(ec.labels().get(1)));
    Block pv = ec.body().blocks("production_variants").get(0);
    assertEquals("4:3-9:4", Dump.at(pv));
    Attribute model = pv.body().attribute("model_name").orElseThrow();
    assertEquals("6:5-6:15", Dump.at(model::nameSpan));
    assertEquals("6:30-6:56", Dump.at(model.value()));
    assertEquals("aws_sagemaker_model.m.name", Dump.of(model.value()));
    Attribute type = pv.body().attribute("instance_type").orElseThrow();
    assertEquals("8:30-8:44", Dump.at(type.value()));
    assertEquals(java.util.Optional.of("ml.t2.medium"),
        ((Expression.Template) type.value()).literalValue());
    Attribute tags = ec.body().attribute("tags").orElseThrow();
    assertEquals("11:3-13:4", Dump.at(tags));
    assertEquals("{Name = \"foo\"}", Dump.of(tags.value()));
  }

  @Test
  void nestedDynamicBlocksAndForExpressionsInYoungOok() throws IOException {
    HclParseResult r = parse("young-ook-tf-sm__1.tf");
    Block dyn = r.body().blocks("resource").stream()
        .filter(b -> b.label(0).equals("aws_sagemaker_endpoint_configuration")).findFirst().orElseThrow()
        .body().blocks("dynamic").get(0);
    assertEquals(List.of("production_variants"), dyn.labelValues());
    assertEquals("{for k, v in each.value : k => v if (k == \"production_variants\")}",
        Dump.of(dyn.body().attribute("for_each").orElseThrow().value()));
    Attribute model = dyn.body().blocks("content").get(0).body().attribute("model_name").orElseThrow();
    assertEquals("138:7-138:17", Dump.at(model::nameSpan));
    assertEquals("138:32-138:87", Dump.at(model.value()));
    assertEquals("aws_sagemaker_model.model[production_variants.key].name", Dump.of(model.value()));
  }
}
