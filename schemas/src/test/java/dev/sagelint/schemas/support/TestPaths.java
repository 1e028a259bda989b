package dev.sagelint.schemas.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations the tests need: the shared, read-only models/reference folder and this module's directory. */
public final class TestPaths {

  private TestPaths() {
  }

  /** This module's directory; surefire sets {@code basedir}, an IDE usually runs tests from it. */
  public static Path moduleDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  /** The committed generated files ({@code schemas/json}). */
  public static Path committedJsonDir() {
    return moduleDir().resolve("json");
  }

  /**
  * The shared folder ({@code ../shared} next to the repository): system property {@code sagelint.shared}
  * (set by surefire), else {@code ../../shared} relative to this module.
  */
  public static Path sharedDir() {
    String configured = System.getProperty("sagelint.shared");
    Path dir = configured != null && !configured.isBlank()
        ? Path.of(configured)
        : moduleDir().resolve("../../shared");
    return dir.toAbsolutePath().normalize();
  }

  /** Whether the botocore models folder exists (for code that must not throw the skip itself). */
  public static boolean modelsPresent() {
    return Files.isDirectory(sharedDir().resolve("models"));
  }

  /** The botocore models folder; skips the calling test (not fails) when the shared folder is absent. */
  public static Path modelsDirOrSkip() {
    Path models = sharedDir().resolve("models");
    assumeTrue(Files.isDirectory(models), "shared models folder not found at " + models
        + " (set -Dsagelint.shared=...); skipping tests that need the botocore models");
    return models;
  }

  /** The local-storage table; skips the calling test when it is absent. */
  public static Path instanceTypesTsvOrSkip() {
    Path tsv = sharedDir().resolve("reference/local-storage-instance-types.tsv");
    assumeTrue(Files.isRegularFile(tsv), "instance-type table not found at " + tsv + "; skipping");
    return tsv;
  }

  /** The model file of one version inside {@link #modelsDirOrSkip()}. */
  public static Path modelFileOrSkip(String version) {
    Path file = modelsDirOrSkip().resolve("botocore-sagemaker-" + version + ".service-2.json");
    assumeTrue(Files.isRegularFile(file), "model file not found: " + file);
    return file;
  }
}
