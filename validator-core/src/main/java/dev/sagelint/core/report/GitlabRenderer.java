package dev.sagelint.core.report;

import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import dev.sagelint.core.Severity;
import dev.sagelint.core.baseline.Fingerprint;
import java.io.IOException;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's code quality report ({@code artifacts: reports: codequality:}), the subset of the Code
 * Climate issue format that GitLab reads: a JSON array with one object per finding,
 *
 * <pre>{"description": "[SM102] ...", "check_name": "SM102", "fingerprint": "...",
 *  "severity": "major", "location": {"path": "specs/model.yaml", "lines": {"begin": 6}}}</pre>
 *
 * <p>GitLab shows only the description and the location in the merge request, so the description
 * starts with the rule id. It tells findings apart by fingerprint alone (two findings with one
 * fingerprint show as one), and compares fingerprints with the target branch's report to say what a
 * merge request introduced or fixed; so the fingerprint is the line-independent identity that
 * baselines and SARIF use, with the occurrence number mixed in for repeats, and it survives edits
 * that only move a finding.
 */
public final class GitlabRenderer implements Renderer {
  @Override
  public String name() {
    return "gitlab";
  }

  @Override
  public void render(LintResult result, ReportContext context, Appendable out) throws IOException {
    // Streamed: issues are written one at a time, never held as a whole.
    PrettyJson.stream(out, g -> {
      g.writeStartArray();
      Occurrences occurrences = new Occurrences();
      for (Finding f : result.findings()) {
        String identity = Fingerprint.hash(f, f.file());
        int n = occurrences.next(f, identity);
        ObjectNode issue = PrettyJson.object();
        issue.put("description", "[" + f.rule() + "] " + f.fullMessage());
        issue.put("check_name", f.rule());
        issue.put("fingerprint", n == 1 ? identity : Fingerprint.digest(identity + ":" + n));
        issue.put("severity", severity(f.severity()));
        ObjectNode location = issue.putObject("location");
        location.put("path", f.file());
        location.putObject("lines").put("begin", f.line());
        g.writeTree(issue);
      }
      g.writeEndArray();
    });
  }

  /** GitLab's scale is info, minor, major, critical, blocker; AWS rejecting a request is major. */
  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
