package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintInput;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Linter;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.testing.Fixture;
import dev.sagelint.core.testing.FindingInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 14, item 6, at the front-end level: through {@link Linter#lint}, as the
 * CLI calls it, each .tf, .tf.json or plan file ends in located findings or a clean skip, within
 * the same {@link HangGuard} CPU-time budgets as {@link HostileInputTest} (20 s) and, for 50,000
 * resources, the {@code HostileTemplateTest} budget for 10,000 CloudFormation resources (120 s). The parser's own
 * bounds are {@link HclHostileInputTest}'s.
 */
class TerraformHostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final Duration MANY_RESOURCES_GUARD = Duration.ofSeconds(120);
  private static final Linter LINTER = Linter.create(LintOptions.defaults());

  /** A model without findings of its own, to show what follows a broken part is still linted. */
  private static final String GOOD_MODEL = """
      resource "aws_sagemaker_model" "m" {
        execution_role_arn = "arn:aws:iam::123456789012:role/r"
        primary_container {
          image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1"
        }
      }
      """;

  /** The same model with one literal mistake: a role that is no ARN (SM105 at 2:24). */
  private static final String BAD_ROLE_MODEL =
      GOOD_MODEL.replace("arn:aws:iam::123456789012:role/r", "-");

  @TempDir Path dir;

  private LintResult lint(String name, String text, Duration guard) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return lint(file, guard);
  }

  private static LintResult lint(Path file, Duration guard) {
    String name = file.getFileName().toString();
    LintResult r = HangGuard.within(guard, () -> LINTER.lint(List.of(LintInput.file(file, name))));
    assertEquals(List.of(), FindingInvariants.violations(r, name, null, ParseLimits.DEFAULT));
    return r;
  }

  private LintResult lint(String name, String text) throws IOException {
    return lint(name, text, HANG_GUARD);
  }

  /** line:column rule severity pointer | message. */
  private static List<String> described(LintResult r) {
    return r.findings().stream().map(f -> Fixture.line(f) + " | " + f.message()).toList();
  }

  /** A rule finding without its message (asserted elsewhere); front-end problems with theirs. */
  private static String brief(String described) {
    return described.contains("SM001") ? described : described.substring(0, described.indexOf(" |"));
  }

  private static List<String> lines(LintResult r) {
    return r.findings().stream().map(Fixture::line).toList();
  }

  @Test
  void aSyntaxErrorInsideAResourceGivesItsSyntaxFindingOnly() throws IOException {
    // Model n's first container has an argument with no value; the parser resumes at the next
    // line. Without the rule, n was reported for "no Image" in the container the error cut short.
    String tf = GOOD_MODEL + """
        resource "aws_sagemaker_model" "n" {
          execution_role_arn = "arn:aws:iam::123456789012:role/r"
          container {
            image =
          }
          container {
            container_hostname = "-bad"
          }
        }
        resource "aws_sagemaker_model" "after" {
          execution_role_arn = "arn:aws:iam::123456789012:role/r"
          primary_container {
            image              = "123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1"
            container_hostname = "-bad"
          }
        }
        """;
    assertEquals(List.of(
        "10:12 SM001 error \"\" | This is not valid HCL: expected an expression, found a newline.",
        "20:5 SM205 info /resource/aws_sagemaker_model/after/primary_container/0/container_hostname"
            + " | aws_sagemaker_model.after: `ContainerHostname` is ignored on a model that has only a"
            + " `PrimaryContainer`.",
        "20:26 SM105 error /resource/aws_sagemaker_model/after/primary_container/0/container_hostname"
            + " | aws_sagemaker_model.after: `-bad` does not match the pattern AWS requires for"
            + " `PrimaryContainer.ContainerHostname`: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}."),
        described(lint("main.tf", tf)));
  }

  @Test
  void aSyntaxErrorOutsideResourcesLeavesThemLinted() throws IOException {
    LintResult r = lint("main.tf", GOOD_MODEL + "locals {\n  x = = 1\n}\n"
        + "resource \"aws_sagemaker_model\" \"n\" {\n}\n");
    assertEquals(List.of(
        "8:7 SM001 error \"\"",
        "10:1 SM208 error /resource/aws_sagemaker_model/n",
        "10:1 SM232 info /resource/aws_sagemaker_model/n"), lines(r));
  }

  @Test
  void anUnterminatedHeredocIsLocatedAtItsOpenerAndEarlierResourcesAreLinted() throws IOException {
    String tf = BAD_ROLE_MODEL + "resource \"aws_sagemaker_model\" \"h\" {\n  name = <<EOF\n" + "x\n".repeat(100_000);
    assertEquals(List.of(
        "2:24 SM105 error /resource/aws_sagemaker_model/m/execution_role_arn",
        "7:36 SM001 error \"\" | This is not valid HCL: this block's `{` is never closed with `}`.",
        "8:10 SM001 error \"\" | This is not valid HCL: this heredoc is never closed: no line `EOF`"
            + " ends it."), described(lint("main.tf", tf)).stream().map(TerraformHostileInputTest::brief).toList());
  }

  @Test
  void aTenMegabyteStringStopsTheFileAtTheStringLimit() throws IOException {
    String s = "x".repeat(10 * 1024 * 1024);
    LintResult r = lint("main.tf", GOOD_MODEL + "resource \"aws_sagemaker_model\" \"s\" {\n  name = \""
        + s + "\"\n}\n");
    assertEquals(List.of("8:11 SM003 error \"\" | The file has a string, heredoc or name longer than"
        + " 1000000 characters (limit `max-string-length`); sagelint stopped reading it."),
        described(r));
    r = lint("heredoc.tf", GOOD_MODEL + "resource \"aws_sagemaker_model\" \"s\" {\n  name = <<EOF\n"
        + s + "\nEOF\n}\n");
    assertEquals(List.of("9:1 SM003 error \"\""), lines(r));
  }

  @Test
  void hundredDeepNestingIsLintedAndDeeperStopsAtTheDepthLimit() throws IOException {
    String env = "{ a = ".repeat(100) + "\"v\"" + " }".repeat(100);
    String tf = "resource \"aws_sagemaker_model\" \"m\" {\n"
        + "  execution_role_arn = \"arn:aws:iam::123456789012:role/r\"\n"
        + "  primary_container {\n"
        + "    image       = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1\"\n"
        + "    environment = " + env + "\n"
        + "  }\n"
        + "  tags = { t = " + "[".repeat(100) + "]".repeat(100) + " }\n"
        + "}\n";
    assertEquals(List.of(
        "5:25 SM103 error /resource/aws_sagemaker_model/m/primary_container/0/environment/a",
        "7:16 SM103 error /resource/aws_sagemaker_model/m/tags/t"), lines(lint("deep.tf", tf)));
    // 100 nested blocks the provider does not know: sagelint reads the first level only.
    String blocks = GOOD_MODEL.replace("  primary_container {",
        "  primary_container {\n" + "    b {\n".repeat(100) + "    }\n".repeat(100));
    assertEquals(List.of(), lines(lint("blocks.tf", blocks)));

    LintResult r = lint("deeper.tf", GOOD_MODEL.replace("\"arn:aws:iam::123456789012:role/r\"", "[".repeat(100_000) + "]".repeat(100_000)));
    assertEquals(List.of("2:151 SM003 error \"\""), lines(r));
    assertTrue(r.findings().get(0).message().contains("`max-depth`"), r.findings().get(0).message());
  }

  @Test
  void fiftyThousandResources() throws IOException {
    StringBuilder tf = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      tf.append("resource \"aws_sagemaker_model\" \"m").append(i).append("\" {}\n");
    }
    // Linear: about 0.3 ms a resource on a quiet machine (two findings each, no container and
    // no role), about 15 s in all.
    LintResult r = lint("many.tf", tf.toString(), MANY_RESOURCES_GUARD);
    Map<String, Integer> byRule = new TreeMap<>();
    r.findings().forEach(f -> byRule.merge(f.rule() + " " + f.severity().label(), 1, Integer::sum));
    assertEquals(Map.of("SM208 error", 50_000, "SM232 info", 50_000), byRule);
    Finding last = r.findings().get(r.findings().size() - 1);
    assertEquals("50000:1 SM232 info /resource/aws_sagemaker_model/m49999", Fixture.line(last));

    // With an argument each they pass the parser's node limit: the file is reported, not half
    // linted (node 100,001 is the argument of resource 33,334).
    tf.setLength(0);
    for (int i = 0; i < 50_000; i++) {
      tf.append("resource \"aws_sagemaker_model\" \"m").append(i).append("\" {\n  name = \"x\"\n}\n");
    }
    r = lint("nodes.tf", tf.toString());
    assertEquals(List.of((3 * 33_333 + 2) + ":3 SM003 error \"\""), lines(r));
    assertTrue(r.findings().get(0).message().contains("`max-nodes`"), r.findings().get(0).message());
  }

  @Test
  void binaryData() throws IOException {
    // Random bytes are not UTF-8: the file is skipped as binary, as a .json would be.
    byte[] bytes = new byte[1 << 20];
    new Random(14).nextBytes(bytes);
    Path bin = dir.resolve("bin.tf");
    Files.write(bin, bytes);
    LintResult r = lint(bin, HANG_GUARD);
    assertEquals(List.of(), lines(r));
    assertTrue(r.files().get(0).skipped());

    // Control characters that are valid UTF-8 after a complete resource: located, the resource
    // still linted.
    r = lint("nul.tf", BAD_ROLE_MODEL + "\u0000\u0001\u0002\n");
    assertEquals(List.of(
        "2:24 SM105 error /resource/aws_sagemaker_model/m/execution_role_arn",
        "7:1 SM001 error \"\" | This is not valid HCL: the character U+0000 is not allowed here"
            + " (expected an attribute name or a block type)."),
        described(r).stream().map(TerraformHostileInputTest::brief).toList());

    // Printable-range noise that mentions a SageMaker resource: bounded syntax findings only.
    Random random = new Random(15);
    StringBuilder noise = new StringBuilder("resource \"aws_sagemaker_model\" \"m\" {\n");
    for (int i = 0; i < 1 << 20; i++) {
      noise.append((char) (1 + random.nextInt(126)));
    }
    LintResult noisy = lint("noise.tf", noise.toString());
    assertTrue(!noisy.findings().isEmpty() && noisy.findings().stream()
        .allMatch(f -> f.rule().equals("SM001") || f.rule().equals("SM003")), () -> lines(noisy).toString());
    assertTrue(noisy.findings().size() <= 101, () -> noisy.findings().size() + " findings");
  }

  @Test
  void brokenTfJson() throws IOException {
    assertEquals(List.of("1:57 SM001 error \"\" | This is not valid JSON: unexpected `}`;"
        + " expected a key, which must be a string in double quotes."),
        described(lint("bad.tf.json", "{\"resource\": {\"aws_sagemaker_model\": {\"m\": {\"name\": \"x\",}}}")));
    String wrongTypes = """
        {"resource": {
          "aws_sagemaker_model": {
            "m": 5,
            "n": [1, "x"],
            "o": {"execution_role_arn": "arn:aws:iam::123456789012:role/r",
                  "primary_container": "x", "container": [3]}
          },
          "aws_sagemaker_endpoint_configuration": ["x"],
          "aws_s3_bucket": 7
        }}
        """;
    assertEquals(List.of(
        "3:10 SM001 error /resource/aws_sagemaker_model/m | This is not valid Terraform JSON: the"
            + " body of `aws_sagemaker_model.m` must be an object of its arguments and blocks, so it"
            + " was not checked.",
        "4:10 SM001 error /resource/aws_sagemaker_model/n | This is not valid Terraform JSON: the"
            + " body of `aws_sagemaker_model.n` must be an object of its arguments and blocks, so it"
            + " was not checked.",
        "6:32 SM103 error /resource/aws_sagemaker_model/o/primary_container | aws_sagemaker_model.o:"
            + " `PrimaryContainer` must be an object, but it is a string (`x`).",
        "6:51 SM103 error /resource/aws_sagemaker_model/o/container/0 | aws_sagemaker_model.o:"
            + " `Containers[0]` must be an object, but it is an integer (`3`)."),
        described(lint("types.tf.json", wrongTypes)));
    // `resource` of the wrong type: nothing of Terraform's to read, checked and quiet.
    LintResult r = lint("list.tf.json", "{\"resource\": [1, {\"aws_sagemaker_model\": null}]}");
    assertEquals(List.of(), lines(r));
  }

  @Test
  void planJsonWithWrongTypes() throws IOException {
    String plan = """
        {"format_version": "1.2", "resource_changes": [
          1, "x", null,
          {"type": 5, "address": []},
          {"type": "aws_sagemaker_model", "change": "x"},
          {"type": "aws_sagemaker_model", "address": 3, "change": {"after": [1]}},
          {"type": "aws_sagemaker_model", "address": "aws_sagemaker_model.m", "mode": 7,
           "change": {"after": {"execution_role_arn": "arn:aws:iam::123456789012:role/r",
                                "name": 5, "primary_container": {"image": 3}, "container": "x"},
                      "after_unknown": [true]}},
          {"type": "aws_sagemaker_endpoint_configuration", "address": "aws_sagemaker_endpoint_configuration.c",
           "change": {"after": {"production_variants": [{"model_name": {"a": 1},
              "instance_type": ["ml.m5.large"], "initial_instance_count": "two"}]},
                      "after_unknown": {"production_variants": "x"}}}
        ]}
        """;
    assertEquals(List.of(
        "8:33 SM103 error /resource_changes/6/change/after/name",
        "8:67 SM103 error /resource_changes/6/change/after/primary_container/image",
        "8:84 SM103 error /resource_changes/6/change/after/container",
        "11:64 SM103 error /resource_changes/7/change/after/production_variants/0/model_name",
        "12:24 SM103 error /resource_changes/7/change/after/production_variants/0/instance_type",
        "12:67 SM103 error /resource_changes/7/change/after/production_variants/0/initial_instance_count"),
        lines(lint("plan.json", plan)));
    // Not a plan when `resource_changes` is not a list: skipped like any other JSON.
    LintResult r = lint("other.json", "{\"format_version\": \"1.2\", \"resource_changes\": {\"a\": 1}}");
    assertEquals(List.of(), lines(r));
    assertTrue(r.files().get(0).skipped());
  }
}
