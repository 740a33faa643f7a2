package dev.topology.testing;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kit reads class-path resources, in one class, and does no other I/O: no files, network,
 * environment, printing or threads of its own (it asks the current thread for its context class
 * loader, the test class path). It uses the engine through its exported packages only.
 */
class ArchitectureTest {
  private static final String OWN = "dev.topology.testing..";

  private static final ArchRule NO_FILES_NETWORK_OR_PRINTING = noClasses()
      .that().resideInAPackage(OWN)
      .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..",
          "java.nio.channels..", "java.sql..", "java.util.logging..")
      .orShould().dependOnClassesThat(describe("are network types (a class loader's URL aside)",
          (JavaClass c) -> c.getPackageName().startsWith("java.net")
              && !c.getName().equals("java.net.URL")))
      .orShould().dependOnClassesThat(describe("are file, process, thread or console types",
          (JavaClass c) -> c.getName().startsWith("java.io.File")
              || List.of("java.io.PrintStream", "java.io.Console", "java.lang.ProcessBuilder",
                  "java.lang.Runtime").contains(c.getName())))
      .orShould().accessTargetWhere(describe("the environment, a standard stream or a new thread",
          (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(System.class)
              && List.of("out", "err", "in", "getenv", "exit").contains(access.getName())
              || access.getTargetOwner().isAssignableTo(Thread.class)
              && List.of("<init>", "start").contains(access.getName())))
      .because("a team's tests get the same fixtures on any machine");

  private static final ArchRule RESOURCES_IN_ONE_PLACE = noClasses()
      .that().resideInAPackage(OWN)
      .and().doNotHaveSimpleName("ClassPathResources")
      .should().accessTargetWhere(describe("a class-path resource lookup",
          (JavaAccess<?> access) -> access.getName().startsWith("getResource")
              || access.getName().equals("openStream")))
      .because("ClassPathResources is the one place the kit reads anything");

  private static final ArchRule LIBRARY_THROUGH_ITS_API = noClasses()
      .that().resideInAPackage(OWN)
      .should().dependOnClassesThat().resideInAnyPackage("dev.topology.graph.internal..",
          "dev.topology.cli..", "dev.topology.examples..")
      .because("the kit uses the engine as any team does (the model's internal package, which"
          + " the model exports to the kit, gives it the library's quoting)");

  private static JavaClasses classes;

  @BeforeAll
  static void importTheKit() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  void kit_touchesNoFilesNetworkEnvironmentOrThreads() {
    NO_FILES_NETWORK_OR_PRINTING.check(classes);
  }

  @Test
  void kit_readsResourcesInOnePlace() {
    RESOURCES_IN_ONE_PLACE.check(classes);
  }

  @Test
  void kit_usesTheLibraryThroughItsExportedPackages() {
    LIBRARY_THROUGH_ITS_API.check(classes);
  }

  @Test
  void rules_aClassThatDoesIo_failsThem() {
    JavaClasses impure = new ClassFileImporter().importClasses(Impure.class);

    for (ArchRule rule : List.of(NO_FILES_NETWORK_OR_PRINTING, RESOURCES_IN_ONE_PLACE)) {
      assertThatThrownBy(() -> rule.check(impure)).as(rule.getDescription())
          .isInstanceOf(AssertionError.class).hasMessageContaining(Impure.class.getName());
    }
  }

  /** What the kit's code must never do, once each. */
  @SuppressWarnings("unused")
  private static final class Impure {
    Object everything() throws Exception {
      return List.of(new java.io.File("a"), System.getenv("HOME"),
          Impure.class.getResource("a"), java.net.URI.create("http://a"), new Thread());
    }
  }
}
