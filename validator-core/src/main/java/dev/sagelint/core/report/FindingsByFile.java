package dev.sagelint.core.report;

import dev.sagelint.core.FileResult;
import dev.sagelint.core.Finding;
import dev.sagelint.core.LintResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups a result's findings by the file each finding is located in, for the formats that nest
 * findings under a file element (Checkstyle, JUnit). A linted file's findings can sit in another
 * file (a Terraform plan's findings are reported in the module's {@code .tf} beside it), and line
 * numbers are only meaningful next to the file they count in, so the finding's own file wins over
 * the name of the file that was linted. A linted file with no findings still gets an empty group,
 * so that dashboards show it was checked; skipped files get none.
 */
final class FindingsByFile {
  private FindingsByFile() {}

  /** One group: a file name and its findings in report order (possibly none). */
  record Group(String file, List<Finding> findings) {}

  static List<Group> of(LintResult result) {
    Map<String, List<Finding>> groups = new TreeMap<>();
    for (FileResult file : result.files()) {
      if (file.skipped()) {
        continue;
      }
      if (file.findings().isEmpty()) {
        groups.computeIfAbsent(file.file(), k -> new ArrayList<>());
      }
      for (Finding f : file.findings()) {
        groups.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((name, findings) ->
        out.add(new Group(name, findings.stream().sorted(Finding.ORDER).toList())));
    return out;
  }
}
