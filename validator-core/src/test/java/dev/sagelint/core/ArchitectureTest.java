package dev.sagelint.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core must stay usable from any front-end: no CLI or build-tool types in it. */
class ArchitectureTest {
  @Test
  void coreDependsOnNeitherPicocliNorMaven() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sagelint.core");
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("picocli..", "org.apache.maven..", "org.codehaus.plexus..")
        .check(classes);
  }

  @Test
  void rulesDoNotReachIntoTheEngineInternals() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sagelint.core.rules");
    noClasses().that().resideInAPackage("dev.sagelint.core.rules..")
        .should().dependOnClassesThat().resideInAPackage("dev.sagelint.core.internal..")
        .check(classes);
  }

  @Test
  void rulesDoNotKnowWhichFrontEndASpecCameFrom() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sagelint.core.rules");
    noClasses().that().resideInAPackage("dev.sagelint.core.rules..")
        .should().dependOnClassesThat().resideInAPackage("dev.sagelint.core.source..")
        .check(classes);
  }

  @Test
  void theEngineInternalsDoNotImportTheLinterThatCallsThem() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sagelint.core");
    noClasses().that().resideInAnyPackage("dev.sagelint.core.internal..", "dev.sagelint.core.source..")
        .should().dependOnClassesThat().haveFullyQualifiedName("dev.sagelint.core.Linter")
        .check(classes);
  }
}
