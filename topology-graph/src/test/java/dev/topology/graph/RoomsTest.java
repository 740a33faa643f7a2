package dev.topology.graph;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's rooms: one package per subject with its answers, {@link TopologyGraph} the one
 * entry point, the kernels in {@code dev.topology.graph.internal}, which the module does not
 * export and nothing outside the engine uses.
 */
class RoomsTest {
  private static final String ROOT = "dev.topology.graph";
  private static final String INTERNAL = ROOT + ".internal..";
  private static final List<String> SUBJECTS = List.of(
      "startup", "impact", "blast", "restart", "rootcause", "lint", "diff", "triage",
      "availability");

  /**
   * The subject packages each subject may use, where its answer holds another subject's answer:
   * every subject speaks of the {@code Phase} of {@code startup}; a diff compares blast radii; a
   * restart plan and a root cause hold their impact; a triage holds its impact and root causes;
   * a recovery time follows a restart plan.
   */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "startup", Set.of(),
      "impact", Set.of("startup"),
      "blast", Set.of("startup"),
      "restart", Set.of("startup", "impact"),
      "rootcause", Set.of("startup", "impact"),
      "lint", Set.of("startup"),
      "diff", Set.of("startup", "blast"),
      "triage", Set.of("startup", "impact", "rootcause"),
      "availability", Set.of("startup", "restart"));

  /** The root package's types a subject may use: the engine, its error, and its edge value. */
  private static final Set<String> ROOT_TYPES_FOR_SUBJECTS = Set.of(
      ROOT + ".TopologyGraph", ROOT + ".InvalidQueryException", ROOT + ".Edge");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.topology");
  }

  @Test
  void internal_usedByNothingOutsideTheEngine() {
    noClasses().that().resideOutsideOfPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAPackage(INTERNAL)
        .because("the kernels are not API: only the engine's own packages use them")
        .check(classes);
  }

  @Test
  void subjects_useOtherSubjectsOnlyWhereAnAnswerHoldsAnother() {
    for (String subject : SUBJECTS) {
      String[] forbidden = SUBJECTS.stream()
          .filter(other -> !other.equals(subject) && !ALLOWED.get(subject).contains(other))
          .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage(ROOT + "." + subject + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .because("a subject's answers hold another subject's only where listed")
          .check(classes);
    }
  }

  @Test
  void subjects_useOfTheRootOnlyTheEngineItsErrorAndItsEdge() {
    for (String subject : SUBJECTS) {
      noClasses().that().resideInAPackage(ROOT + "." + subject + "..")
          .should().dependOnClassesThat(describe(
              "are in the root package other than " + new TreeSet<>(ROOT_TYPES_FOR_SUBJECTS),
              c -> c.getPackageName().equals(ROOT)
                  && !ROOT_TYPES_FOR_SUBJECTS.contains(c.getName())))
          .check(classes);
    }
  }

  @Test
  void subjects_formNoCycles() {
    // The root package holds the entry point, which returns every subject's answers, and the
    // kernels build them: only the subjects themselves must form no cycle.
    SlicesRuleDefinition.slices().matching(ROOT + ".(*)..")
        .should().beFreeOfCycles()
        .ignoreDependency(describe("kernels", RoomsTest::kernel), describe("anything", c -> true))
        .ignoreDependency(describe("anything", c -> true), describe("kernels", RoomsTest::kernel))
        .check(classes);
  }

  private static boolean kernel(JavaClass c) {
    return c.getPackageName().startsWith(ROOT + ".internal");
  }

  @Test
  void moduleInfo_exportsTheSubjectsAndNotTheKernels() throws IOException {
    ModuleDescriptor module = TopologyGraph.class.getModule().getDescriptor();
    if (module == null) {
      // On the class path: read the descriptor beside the engine's classes.
      Path classes = Path.of(URI.create(TopologyGraph.class.getProtectionDomain().getCodeSource()
          .getLocation().toString()));
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        module = ModuleDescriptor.read(in);
      }
    }
    Set<String> exported = module.exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>();
    expected.add(ROOT);
    SUBJECTS.forEach(subject -> expected.add(ROOT + "." + subject));
    assertThat(exported).isEqualTo(expected);
    assertThat(module.exports()).noneMatch(e -> e.source().startsWith(ROOT + ".internal"));
  }
}
