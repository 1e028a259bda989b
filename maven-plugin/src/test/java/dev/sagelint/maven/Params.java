package dev.sagelint.maven;

import java.nio.file.Path;
import java.util.List;

/** Builds {@link CheckParameters} the way the goal would, with only the tested ones set. */
final class Params {
  private final Path basedir;
  private Path boundary;
  private List<Path> sourceDirectories;
  private List<String> includes;
  private List<String> excludes;
  private String apiVersion;
  private String region;
  private String account;
  private Path configFile;
  private String failOn;
  private List<String> formats;
  private Path outputDirectory;
  private Path baseline;

  private Params(Path basedir) {
    this.basedir = basedir;
    this.boundary = basedir;
    this.outputDirectory = basedir.resolve("target/sagelint");
  }

  /** What Maven passes when the POM sets nothing. */
  static Params of(Path basedir) {
    return new Params(basedir);
  }

  Params boundary(Path p) {
    boundary = p;
    return this;
  }

  Params sourceDirectories(Path... dirs) {
    sourceDirectories = List.of(dirs);
    return this;
  }

  Params includes(String... globs) {
    includes = List.of(globs);
    return this;
  }

  Params excludes(String... globs) {
    excludes = List.of(globs);
    return this;
  }

  Params apiVersion(String v) {
    apiVersion = v;
    return this;
  }

  Params region(String r) {
    region = r;
    return this;
  }

  Params account(String a) {
    account = a;
    return this;
  }

  Params configFile(Path f) {
    configFile = f;
    return this;
  }

  Params failOn(String f) {
    failOn = f;
    return this;
  }

  Params formats(String... f) {
    formats = List.of(f);
    return this;
  }

  Params outputDirectory(Path p) {
    outputDirectory = p;
    return this;
  }

  Params baseline(Path p) {
    baseline = p;
    return this;
  }

  CheckParameters build() {
    return new CheckParameters(basedir, boundary, sourceDirectories, includes, excludes, apiVersion,
        region, account, configFile, failOn, formats, outputDirectory, baseline);
  }
}
