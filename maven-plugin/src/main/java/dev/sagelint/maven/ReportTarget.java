package dev.sagelint.maven;

import dev.sagelint.core.report.Renderer;
import java.nio.file.Path;

/**
 * One report the check writes.
 *
 * @param renderer the core renderer of the format
 * @param file where it goes
 */
public record ReportTarget(Renderer renderer, Path file) {
  /**
   * The file name of a format's report. Fixed names, so CI steps can upload {@code
   * target/sagelint/sagelint.sarif} without globbing; XML formats end in {@code .xml} so that
   * dashboards that look for XML find them.
   */
  static String fileName(String format) {
    return switch (format) {
      case "json" -> "sagelint.json";
      case "sarif" -> "sagelint.sarif";
      case "junit" -> "sagelint-junit.xml";
      case "checkstyle" -> "sagelint-checkstyle.xml";
      case "gitlab" -> "sagelint-gitlab.json";
      case "text" -> "sagelint.txt";
      default -> "sagelint-" + format + ".txt";
    };
  }
}
