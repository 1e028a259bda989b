package dev.sagelint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: an anchor used three times gave three findings, all at the anchor. Each use now has
 * its finding at its alias, with the anchored value as a related location (ADR 24).
 */
class AliasLocationsTest {
  private static final Linter LINTER = Linter.create(LintOptions.builder().select(List.of("SM1", "SM202")).build());

  private static List<String> lint(String yaml) {
    return LINTER.lintText("m.yaml", yaml).findings().stream()
        .map(f -> f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " "
            + f.rule() + " " + f.pointer() + f.related().stream()
                .map(r -> " [" + r.line() + ":" + r.column() + "-" + r.endLine() + ":" + r.endColumn()
                    + " " + r.message() + "]")
                .reduce("", String::concat))
        .toList();
  }

  @Test
  void eachUseOfAnAnchoredContainerIsReportedAtItsAlias() {
    assertEquals(List.of(
        "4:74-4:75 SM103 /Containers/0/Environment/N",
        "5:5-5:7 SM103 /Containers/1/Environment/N [4:74-4:75 the value, written once at anchor `&c`]",
        "7:5-7:7 SM103 /Containers/2/Environment/N [4:74-4:75 the value, written once at anchor `&c`]"),
        lint("""
            ModelName: m
            ExecutionRoleArn: arn:aws:iam::123456789012:role/r
            Containers:
              - &c {Image: "1.dkr.ecr.us-east-1.amazonaws.com/r:1", Environment: {N: 4}}
              - *c
              # a comment between uses
              - *c
            """));
  }

  @Test
  void findingsWithEqualMessagesAtDifferentUsesAreAllKept() {
    // SM202 says "already used by Containers[0]" for both repeats: before, the two were at one
    // place with one message, and the engine's de-duplication dropped the second.
    assertEquals(List.of(
        "5:5-5:7 SM202 /Containers/1/ContainerHostname [4:76-4:79 the value, written once at anchor `&c`]",
        "6:5-6:7 SM202 /Containers/2/ContainerHostname [4:76-4:79 the value, written once at anchor `&c`]"),
        lint("""
            ModelName: m
            ExecutionRoleArn: arn:aws:iam::123456789012:role/r
            Containers:
              - &c {Image: "1.dkr.ecr.us-east-1.amazonaws.com/r:1", ContainerHostname: abc}
              - *c
              - *c
            """));
  }

  /**
   * Jackson reports no anchor on a scalar, so `*h` was "not defined" (SM001) and the value null
   * (SM103); the anchored value's span also began at `&h`.
   */
  @Test
  void anAliasedScalarIsReportedAtTheAliasAndTheAnchorAtItsOwnPlace() {
    assertEquals(List.of(
        "4:25-4:29 SM105 /PrimaryContainer/ContainerHostname",
        "7:24-7:26 SM105 /Containers/0/ContainerHostname [4:25-4:29 the value, written once at anchor `&h`]"),
        lint("""
            ModelName: m
            ExecutionRoleArn: arn:aws:iam::123456789012:role/r
            PrimaryContainer:
              ContainerHostname: &h -bad
              Image: "1.dkr.ecr.us-east-1.amazonaws.com/r:1"
            Containers:
              - ContainerHostname: *h
                Image: "1.dkr.ecr.us-east-1.amazonaws.com/r:1"
            """));
  }
}
