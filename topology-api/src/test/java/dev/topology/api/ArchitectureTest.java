package dev.topology.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module does no I/O at run time and depends on no module above it. The rules read this
 * module's compiled classes alone ({@code target/classes}) and name packages by prefix, so they
 * hold for every package the module has or gains.
 */
class ArchitectureTest {
  /** This module's packages. */
  private static final String OWN = "dev.topology.api..";

  /** The modules this one must never depend on: every module is built on top of this one. */
  private static final String[] ABOVE = {
    "dev.topology.catalog..", "dev.topology.graph..", "dev.topology.formats..",
    "dev.topology.testing..", "dev.topology.cli..", "dev.topology.examples.."
  };

  /** Packages whose mere use means files, network, channels, databases or remote calls. */
  private static final String[] IO_PACKAGES = {
    "java.nio.file..", "java.nio.channels..", "java.net..", "javax.net..", "java.sql..",
    "javax.sql..", "java.rmi..", "java.util.logging.."
  };

  /** Types whose mere use means files, processes, threads or printing. */
  private static final Set<String> IO_TYPES = Set.of(
      "java.io.File", "java.io.FileDescriptor", "java.io.FileInputStream",
      "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter",
      "java.io.RandomAccessFile", "java.io.PrintStream", "java.io.Console",
      "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle",
      "java.lang.Runtime", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ref.Cleaner",
      "java.util.Timer", "java.util.prefs.Preferences", "java.util.concurrent.Executors",
      "java.util.concurrent.ExecutorService", "java.util.concurrent.ScheduledExecutorService",
      "java.util.concurrent.ThreadFactory", "java.util.concurrent.ThreadPoolExecutor",
      "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool",
      "java.util.concurrent.ForkJoinTask", "java.util.concurrent.RecursiveAction",
      "java.util.concurrent.RecursiveTask");

  /**
   * Members that read the environment, system properties or the platform's defaults, or that
   * print, by owner.
   */
  private static final Map<Class<?>, Set<String>> ENVIRONMENT_MEMBERS = Map.of(
      System.class, Set.of("out", "err", "in", "getenv", "getProperty", "getProperties",
          "setProperty", "clearProperty", "setProperties", "lineSeparator", "console",
          "getLogger", "load", "loadLibrary", "exit"),
      Integer.class, Set.of("getInteger"),
      Long.class, Set.of("getLong"),
      Boolean.class, Set.of("getBoolean"),
      java.util.Locale.class, Set.of("getDefault", "setDefault"),
      java.util.TimeZone.class, Set.of("getDefault", "setDefault"),
      java.time.ZoneId.class, Set.of("systemDefault"),
      java.nio.charset.Charset.class, Set.of("defaultCharset"));

  /** Methods that look a resource up on the class path or a module. */
  private static final Set<String> RESOURCE_METHODS = Set.of(
      "getResource", "getResourceAsStream", "getResources", "getSystemResource",
      "getSystemResourceAsStream", "getSystemResources", "resources");

  private static final ArchRule NO_FILES_NETWORK_OR_CHANNELS = noClasses()
      .that().resideInAPackage(OWN)
      .should().dependOnClassesThat().resideInAnyPackage(IO_PACKAGES)
      .orShould().dependOnClassesThat(describe("are file, process, thread or console types",
          (JavaClass c) -> IO_TYPES.contains(c.getName())))
      .because("the library modules do no I/O and start no threads");

  private static final ArchRule NO_ENVIRONMENT = noClasses()
      .that().resideInAPackage(OWN)
      .should().accessTargetWhere(describe("a member that reads the environment, a system"
          + " property, a platform default or a standard stream",
          (JavaAccess<?> access) -> ENVIRONMENT_MEMBERS.entrySet().stream().anyMatch(
              entry -> access.getTargetOwner().isEquivalentTo(entry.getKey())
                  && entry.getValue().contains(access.getName()))))
      .because("the library modules take their input only as Java values and strings, and"
          + " answer the same on any machine");

  private static final ArchRule NO_RESOURCES = noClasses()
      .that().resideInAPackage(OWN)
      .should().accessTargetWhere(describe("a class-path or module resource lookup",
          (JavaAccess<?> access) -> RESOURCE_METHODS.contains(access.getName())
              && (access.getTargetOwner().isEquivalentTo(Class.class)
                  || access.getTargetOwner().isAssignableTo(ClassLoader.class)
                  || access.getTargetOwner().isEquivalentTo(Module.class))))
      .because("data comes in as Java values or strings, never from a resource");

  private static final ArchRule NOTHING_IN_PARALLEL = noClasses()
      .that().resideInAPackage(OWN)
      .should().callMethodWhere(describe("a parallel stream or an asynchronous task",
          call -> call.getName().equals("parallelStream") || call.getName().equals("parallel")
              || (call.getTargetOwner().isEquivalentTo(
                      java.util.concurrent.CompletableFuture.class)
                  && call.getName().endsWith("Async"))))
      .because("the library modules start no threads of their own");

  private static final ArchRule ONE_WAY = noClasses()
      .that().resideInAPackage(OWN)
      .should().dependOnClassesThat().resideInAnyPackage(ABOVE)
      .because("dependencies point one way, toward the model");

  private static JavaClasses classes;

  @BeforeAll
  static void importThisModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  void module_touchesNoFilesNetworkOrChannels() {
    NO_FILES_NETWORK_OR_CHANNELS.check(classes);
  }

  @Test
  void module_readsNoEnvironmentPropertiesOrStandardStreams() {
    NO_ENVIRONMENT.check(classes);
  }

  @Test
  void module_loadsNoClassPathResources() {
    NO_RESOURCES.check(classes);
  }

  @Test
  void module_runsNothingInParallel() {
    NOTHING_IN_PARALLEL.check(classes);
  }

  @Test
  void module_dependsOnNoModuleAboveIt() {
    ONE_WAY.check(classes);
  }

  @Test
  void rules_aClassThatDoesIo_failsEachOfThem() {
    JavaClasses impure = new ClassFileImporter().importClasses(Impure.class);

    for (ArchRule rule : List.of(NO_FILES_NETWORK_OR_CHANNELS, NO_ENVIRONMENT, NO_RESOURCES,
        NOTHING_IN_PARALLEL)) {
      assertThatThrownBy(() -> rule.check(impure)).as(rule.getDescription())
          .isInstanceOf(AssertionError.class).hasMessageContaining(Impure.class.getName());
    }
  }

  /** What this module's code must never do, once each. */
  @SuppressWarnings("unused")
  private static final class Impure {
    Object everything() throws Exception {
      return List.of(new java.io.File("a"), System.getenv("HOME"),
          Impure.class.getResourceAsStream("a"), List.of(1).parallelStream().count());
    }
  }
}
