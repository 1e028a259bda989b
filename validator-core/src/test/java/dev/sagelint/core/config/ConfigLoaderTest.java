package dev.sagelint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.LintOptions;
import dev.sagelint.core.RuleSetting;
import dev.sagelint.core.Severity;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.rules.RuleCatalog;
import dev.sagelint.core.rules.config.ConfigRules;
import dev.sagelint.core.rules.input.InputRules;
import dev.sagelint.core.rules.schema.SchemaRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  /** A fixed catalogue, so that "did you mean" does not change when rules are added. */
  private static final RuleCatalog CATALOG = new RuleCatalog(Stream.of(InputRules.all(),
      ConfigRules.all(), SchemaRules.all()).flatMap(List::stream).toList());

  private SagelintConfig parse(String text) throws ConfigException {
    return new ConfigLoader(dir, CATALOG).parse("cfg.yaml", text, dir);
  }

  @Test
  void readsEveryKey() throws ConfigException {
    SagelintConfig c = parse("""
        api-version: 2021-02-22
        region: eu-west-1
        include: ["specs/**"]
        exclude: [generated]
        fail-on: warning
        rules:
          SM1: warning
          SM102: off
          SM105:
            severity: info
            options: {}
        select: [SM0, SM1]
        ignore: [SM108]
        limits: {max-file-bytes: 1000, max-depth: 10, max-string-length: 50, max-nodes: 99}
        suppressions:
          - path: specs/a.json
            rule: SM102
            pointer: /EndpointName
            reason: renamed by the pipeline
        baseline: ci/baseline.json
        """);
    assertEquals(Optional.of(ApiVersion.V2021_02_22), c.apiVersion());
    assertEquals(Optional.of("eu-west-1"), c.region());
    assertEquals("specs/**", c.include().get(0).pattern());
    assertEquals("generated", c.exclude().get(0).pattern());
    assertEquals(Optional.of(FailOn.WARNING), c.failOn());
    assertEquals(List.of("SM1", "SM102", "SM105"), List.copyOf(c.rules().keySet()));
    assertEquals(RuleSetting.severity(Severity.WARNING), c.rules().get("SM1"));
    assertEquals(RuleSetting.off(), c.rules().get("SM102"));
    assertEquals(new RuleSetting(true, Optional.of(Severity.INFO), Map.of()),
        c.rules().get("SM105"));
    assertEquals(List.of("SM0", "SM1"), c.select());
    assertEquals(List.of("SM108"), c.ignore());
    assertEquals(Optional.of(new ParseLimits(1000, 10, 50, 99)), c.limits());
    assertEquals(1, c.suppressions().size());
    assertEquals("/EndpointName", c.suppressions().get(0).pointer());
    assertEquals(16, c.suppressions().get(0).location().startLine());
    assertEquals(Optional.of(dir.resolve("ci/baseline.json")), c.baseline());

    LintOptions o = c.applyTo(LintOptions.builder()).build();
    assertEquals(ApiVersion.V2021_02_22, o.apiVersion());
    assertFalse(o.isEnabled("SM102"));
    assertFalse(o.isEnabled("SM108"));
    assertFalse(o.isEnabled("SM301"));
    assertEquals(Optional.of(Severity.INFO), o.setting("SM105").severity());
    assertEquals(Optional.of(Severity.WARNING), o.setting("SM101").severity());
  }

  @Test
  void acceptsEveryRegionWhereSageMakerIsAvailableIncludingTheSovereignCloud() throws ConfigException {
    // issue 17 row 5: eusc-de-east-1 was refused by a hand-written shape (two-letter prefix)
    for (String region : List.of("eusc-de-east-1", "us-gov-west-1", "cn-northwest-1", "us-isob-east-1")) {
      assertEquals(Optional.of(region), parse("region: " + region + "\n").region(), region);
    }
  }

  @Test
  void anEmptyFileIsTheDefaultConfiguration() throws ConfigException {
    SagelintConfig c = parse("# nothing configured yet\n");
    assertEquals(Optional.empty(), c.apiVersion());
    assertTrue(c.rules().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'fail_on: error'|1|1|unknown key `fail_on`; did you mean `fail-on`?",
      "'rules:\n  SM102: loud'|2|10|a rule setting is off, on, info, warning or error (or a mapping with severity and options), not string `loud`",
      "'rules:\n  SM102: false'|2|10|a rule setting is off, on, info, warning or error (or a mapping with severity and options), not boolean `false`",
      "'rules:\n  SM999: off'|2|3|no rule has the id or id prefix `SM999`; did you mean `SM199`, `SM109` or `SM900`?",
      "'select: [SM3]'|1|10|no rule has the id or id prefix `SM3`; did you mean `SM003` or `SM103`?",
      "'rules:\n  E501: off'|2|3|`E501` is not a rule id or id prefix (SM followed by one to three digits, e.g. SM102 or SM1)",
      "'rules:\n  SM102: {severity: info, level: 2}'|2|27|unknown key `rules.<id>.level`; expected one of: severity, options",
      "'api-version: 2020-01-01'|1|14|unknown API version '2020-01-01' (expected 2021-02-22, 2026-08-07 or latest)",
      "'region: Frankfurt'|1|9|`Frankfurt` is not a region where SageMaker is available (region names look like us-east-1 or eu-central-1)",
      // issue 17 row 5: a region-shaped typo was accepted, then reported by SM504 on every file
      "'region: us-esat-1'|1|9|`us-esat-1` is not a region where SageMaker is available; did you mean `us-east-1`?",
      "'region: eu-west-9'|1|9|`eu-west-9` is not a region where SageMaker is available; did you mean `eu-west-1`, `eu-west-2` or `eu-west-3`?",
      "'region: US-EAST-1'|1|9|`US-EAST-1` is not a region where SageMaker is available; did you mean `us-east-1`?",
      "'region: us-iso-west-1'|1|9|`us-iso-west-1` is not a region where SageMaker is available; did you mean `us-iso-east-1`?",
      "'region: us-east-1-fips'|1|9|`us-east-1-fips` is not a region where SageMaker is available; did you mean `us-east-1`?",
      "'include: specs/**'|1|10|`include` must be a list, not string `specs/**`",
      "'exclude: [\"a/[b\"]'|1|11|bad glob: unclosed '[' in 'a/[b'",
      "'fail-on: sometimes'|1|10|unknown fail-on level 'sometimes' (expected error, warning, info or none)",
      "'limits:\n  max-depth: 0'|2|14|expected a positive whole number of at most 1000, not integer `0`",
      "'limits:\n  max-depth: 5000'|2|14|expected a positive whole number of at most 1000, not integer `5000`",
      "'limits:\n  max-nodes: 0'|2|14|expected a positive whole number of at most 2147483647, not integer `0`",
      "'suppressions:\n  - rule: SM102'|2|5|a suppression needs `path`",
      "'suppressions:\n  - {path: a.json, rule: SM102, pointer: EndpointName}'|2|42|`EndpointName` is not a JSON Pointer: it must be empty or start with `/` (e.g. /ProductionVariants/0/InstanceType)",
      "'rules: [SM102'|1|14|This is not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence at 1:8)",
      "'select: [SM1]\nselect: [SM2]'|2|1|key `select` is given more than once; keep one",
      "'- a\n- b'|1|1|the configuration must be a mapping, not array",
      "'rules:\n  SM102:\n    options: {foo: 1}'|3|15|unknown option `foo` for `SM102`; it has no options",
      "'rules:\n  SM1:\n    severity: info\n    options: {max-variants: 5}'|4|15|unknown option `max-variants` for `SM1`; it has no options",
  })
  void rejectsBadConfigurationWithItsLocation(String text, int line, int column, String reason) {
    ConfigException e = assertThrows(ConfigException.class, () -> parse(text.replace("\\n", "\n")));
    assertEquals(reason, e.reason());
    assertEquals(line + ":" + column, e.line() + ":" + e.column());
    assertEquals("cfg.yaml:" + line + ":" + column + ": " + reason, e.getMessage());
  }

  @Test
  void findsTheNearestFileUpwards() throws IOException, ConfigException {
    Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "fail-on: info\n");
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertEquals(Optional.of(dir.resolve(ConfigLoader.FILE_NAME)), ConfigLoader.find(deep));
    SagelintConfig c = new ConfigLoader(deep, RuleCatalog.defaults()).discover();
    assertEquals(Optional.of(FailOn.INFO), c.failOn());
    assertEquals(dir, c.baseDir());
    // Outside the working directory, so named by its absolute path.
    assertEquals(dir.resolve(ConfigLoader.FILE_NAME).toString(), c.displayName());
  }

  @Test
  void sm508sAccountOptionMustBeTwelveDigits() throws ConfigException {
    ConfigLoader loader = new ConfigLoader(dir, RuleCatalog.defaults());
    ConfigException e = assertThrows(ConfigException.class, () -> loader.parse("cfg.yaml",
        "rules:\n  SM508:\n    options: {account: 1234-5678-9012}\n", dir));
    assertEquals("cfg.yaml:3:24: option `account` of `SM508` must be an AWS account id (12 digits, "
        + "e.g. \"123456789012\"), not `1234-5678-9012`", e.getMessage());
    assertEquals(java.util.Map.of("account", "123456789012"), loader.parse("cfg.yaml",
        "rules:\n  SM508:\n    options: {account: \"123456789012\"}\n", dir).rules().get("SM508").options());
  }

  @Test
  void issue17ReviewAnUnquotedAccountWithALeadingZeroSaysYamlDroppedIt() throws ConfigException {
    ConfigLoader loader = new ConfigLoader(dir, RuleCatalog.defaults());
    ConfigException e = assertThrows(ConfigException.class, () -> loader.parse("cfg.yaml",
        "rules:\n  SM508:\n    options: {account: 012345678901}\n", dir));
    assertEquals("cfg.yaml:3:24: option `account` of `SM508` is `012345678901` unquoted, which YAML "
        + "reads as the number 12345678901, dropping the leading zero; an AWS account id is 12 "
        + "digits, so quote it: `account: \"012345678901\"`", e.getMessage());
    assertEquals(java.util.Map.of("account", "012345678901"), loader.parse("cfg.yaml",
        "rules:\n  SM508:\n    options: {account: \"012345678901\"}\n", dir).rules().get("SM508")
        .options());
    // Twelve digits without a leading zero read back the same, so they need no quotes.
    assertEquals(java.util.Map.of("account", "123456789012"), loader.parse("cfg.yaml",
        "rules:\n  SM508:\n    options: {account: 123456789012}\n", dir).rules().get("SM508")
        .options());
  }

  @Test
  void anExplicitFileThatDoesNotExistIsAnError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(dir, RuleCatalog.defaults()).load(Path.of("nope.yaml")));
    assertEquals("nope.yaml: configuration file not found", e.getMessage());
  }
}
