package dev.topology.examples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library modules do no I/O at run time and keep their dependencies pointing one way. These
 * rules read the compiled classes of api, catalog and graph.
 */
class LibraryPurityTest {
  private static final String[] LIBRARY = {
    "dev.topology.api..", "dev.topology.catalog..", "dev.topology.graph.."
  };

  /** Types whose mere use means files, network, processes, threads or printing. */
  private static final Set<String> FORBIDDEN_TYPES = Set.of(
      "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
      "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile",
      "java.io.PrintStream", "java.io.Console", "java.lang.ProcessBuilder", "java.lang.Runtime",
      "java.lang.Thread", "java.util.concurrent.Executors", "java.util.concurrent.ForkJoinPool",
      "java.util.concurrent.ThreadPoolExecutor", "java.util.Timer", "java.util.prefs.Preferences");

  private static final Set<String> FORBIDDEN_SYSTEM_MEMBERS = Set.of(
      "out", "err", "in", "getenv", "getProperty", "getProperties", "setProperty", "console",
      "load", "loadLibrary", "exit");

  private static final Set<String> RESOURCE_METHODS = Set.of(
      "getResource", "getResourceAsStream", "getResources", "getSystemResource",
      "getSystemResourceAsStream", "getSystemResources");

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // topology-api's test jar, which this module's tests use, holds tests of those packages.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.topology.api", "dev.topology.catalog", "dev.topology.graph");
  }

  @Test
  void library_touchesNoFilesNetworkOrChannels() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..", "java.sql..")
        .orShould().dependOnClassesThat(
            describe("are file, process, thread or console types",
                (JavaClass c) -> FORBIDDEN_TYPES.contains(c.getName())))
        .because("the library modules do no I/O and start no threads");
    rule.check(library);
  }

  @Test
  void library_readsNoEnvironmentPropertiesOrStandardStreams() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().accessTargetWhere(describe("a member of System that reads the environment,"
            + " properties or standard streams",
            (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(System.class)
                && FORBIDDEN_SYSTEM_MEMBERS.contains(access.getName())))
        .because("the library modules take their input only as Java values and strings");
    rule.check(library);
  }

  @Test
  void library_loadsNoClassPathResources() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().accessTargetWhere(describe("a class-path resource lookup",
            (JavaAccess<?> access) -> RESOURCE_METHODS.contains(access.getName())
                && (access.getTargetOwner().isEquivalentTo(Class.class)
                    || access.getTargetOwner().isAssignableTo(ClassLoader.class)
                    || access.getTargetOwner().isEquivalentTo(Module.class))))
        .because("the catalog is code, not a resource");
    rule.check(library);
  }

  @Test
  void library_runsNothingInParallel() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().callMethodWhere(describe("a parallel stream or an asynchronous task",
            call -> call.getName().equals("parallelStream") || call.getName().equals("parallel")
                || (call.getTargetOwner().isEquivalentTo(
                        java.util.concurrent.CompletableFuture.class)
                    && call.getName().endsWith("Async"))))
        .because("the library modules start no threads of their own");
    rule.check(library);
  }

  @Test
  void modules_dependOneWay() {
    noClasses().that().resideInAPackage("dev.topology.api..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.topology.catalog..", "dev.topology.graph..")
        .check(library);
    noClasses().that().resideInAPackage("dev.topology.catalog..")
        .should().dependOnClassesThat().resideInAPackage("dev.topology.graph..")
        .check(library);
    noClasses().that().resideInAPackage("dev.topology.graph..")
        .should().dependOnClassesThat().resideInAPackage("dev.topology.catalog..")
        .check(library);
  }

  @Test
  void engineKernels_usedByNoOtherModule() {
    JavaClasses everything = new ClassFileImporter()
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.topology");
    noClasses().that().resideOutsideOfPackage("dev.topology.graph..")
        .should().dependOnClassesThat().resideInAPackage("dev.topology.graph.internal..")
        .because("the engine's kernels are not API; its module does not export them")
        .check(everything);
  }
}
