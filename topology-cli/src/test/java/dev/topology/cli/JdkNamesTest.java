package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No public top-level type of any module has the simple name of a public type of a JDK package
 * that users' code commonly imports: a team that imports {@code java.util.concurrent.locks.*}
 * and this library's model must not meet two {@code Condition}s. The JDK's names are read from
 * the running JDK's own modules, not from a list.
 */
class JdkNamesTest {
  /** The JDK packages that code commonly imports, often with a wildcard. */
  private static final Set<String> COMMON_PACKAGES = Set.of(
      "java.lang", "java.util", "java.util.concurrent", "java.util.concurrent.locks",
      "java.util.concurrent.atomic", "java.util.function", "java.io", "java.nio",
      "java.nio.file", "java.net", "java.time", "java.awt", "javax.swing", "java.sql",
      "java.beans", "java.text", "java.lang.reflect", "java.lang.annotation", "java.math",
      "java.security");

  /**
   * The library's modules by the package prefix of their types; the command-line tool by its
   * package in either module that may hold it.
   */
  private static final Map<String, List<String>> MODULES = Map.of(
      "topology-api", List.of("dev.topology.api."),
      "topology-catalog", List.of("dev.topology.catalog."),
      "topology-graph", List.of("dev.topology.graph."),
      "topology-formats", List.of("dev.topology.formats."),
      "the command-line tool", List.of("dev.topology.cli."));

  private static SortedMap<String, SortedSet<String>> jdk;
  private static SortedSet<String> ours;

  @BeforeAll
  static void readNames() {
    jdk = jdkTypes();
    ours = publicTypes();
  }

  @Test
  void jdkTypes_readFromTheRunningJdk() {
    assertThat(jdk).containsKeys("List", "Path", "Condition", "Choice", "Duration", "Timer");
    assertThat(jdk.get("Condition")).containsExactly("java.util.concurrent.locks.Condition");
    assertThat(jdk.get("Choice")).containsExactly("java.awt.Choice");
    assertThat(jdk).doesNotContainKeys("ImmutableCollections", "package-info");
  }

  @Test
  void publicTypes_ofEveryModuleFound() {
    for (Map.Entry<String, List<String>> module : MODULES.entrySet()) {
      assertThat(ours).as("public types of %s", module.getKey())
          .anyMatch(type -> module.getValue().stream().anyMatch(type::startsWith));
    }
  }

  @Test
  void publicTypes_noneNamedLikeATypeOfACommonJdkPackage() {
    List<String> clashes = ours.stream()
        .filter(type -> jdk.containsKey(simpleName(type)))
        .map(type -> type + " (" + String.join(", ", jdk.get(simpleName(type))) + ")")
        .toList();

    assertThat(clashes)
        .withFailMessage(() -> clashes.size() + " public type" + (clashes.size() == 1
            ? " has" : "s have") + " the simple name of a type of a common JDK package, so"
            + " that code importing both gets a compile error or the wrong type; rename "
            + (clashes.size() == 1 ? "it" : "them") + ":" + clashes.stream()
                .map(clash -> "\n  " + clash).collect(Collectors.joining()))
        .isEmpty();
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /**
   * The public top-level types of the modules, by full name. Nested types are left out as on the
   * JDK's side: code names them through their enclosing type, and a wildcard import does not
   * bring them in.
   */
  private static SortedSet<String> publicTypes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // topology-api's test jar, which this module's tests use, holds tests of its packages.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.topology")
        .stream()
        .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::getName)
        .filter(name -> MODULES.values().stream().flatMap(List::stream)
            .anyMatch(name::startsWith))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The public top-level types of the common packages, by simple name to full names. */
  private static SortedMap<String, SortedSet<String>> jdkTypes() {
    SortedMap<String, SortedSet<String>> types = new TreeMap<>();
    for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
      Set<String> exported = module.descriptor().exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .filter(COMMON_PACKAGES::contains)
          .collect(Collectors.toSet());
      if (exported.isEmpty()) {
        continue;
      }
      try (ModuleReader reader = module.open(); Stream<String> entries = reader.list()) {
        entries.filter(entry -> entry.endsWith(".class") && !entry.contains("$")
                && !entry.contains("-"))
            .map(entry -> entry.substring(0, entry.length() - ".class".length())
                .replace('/', '.'))
            .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
            .filter(JdkNamesTest::isPublic)
            .forEach(name -> types.computeIfAbsent(simpleName(name), k -> new TreeSet<>())
                .add(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return types;
  }

  private static boolean isPublic(String name) {
    try {
      return Modifier.isPublic(
          Class.forName(name, false, ClassLoader.getPlatformClassLoader()).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
