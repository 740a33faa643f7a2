package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public type of this module has the simple name of a type that jshell imports by default: in
 * jshell, {@code UnknownServiceException} would have meant {@code java.net}'s, and a user typing
 * a short name must get this library's type or an error, never another type silently. Nor has
 * one the name of a type of a JDK package that the code of its users commonly imports whole
 * ({@code java.util.concurrent.locks.Condition}, {@code java.awt.Choice}).
 */
class PublicNamesTest {
  /** The packages jshell imports on start (its DEFAULT start script). */
  private static final List<String> JSHELL_IMPORTS = List.of("java.io", "java.math", "java.net",
      "java.nio.file", "java.util", "java.util.concurrent", "java.util.function",
      "java.util.prefs", "java.util.regex", "java.util.stream",
      // Not imported by jshell, but imported whole by much of the code that uses this library.
      "java.util.concurrent.locks", "java.awt");

  @Test
  void publicTypes_noneNamedLikeAJshellDefaultImport() throws IOException {
    Map<String, String> imported = jshellImports();
    Set<String> ours = publicTypes(Path.of("target", "classes"));

    assertThat(imported).containsKeys("List", "UnknownServiceException", "Path", "Function",
        "Condition", "Choice");
    assertThat(ours).contains("dev.topology.api.Topology", "dev.topology.api.json.TopologyJson");
    Set<String> clashes = new TreeSet<>();
    for (String type : ours) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      if (imported.containsKey(simple)) {
        clashes.add(type + " (" + imported.get(simple) + "." + simple + ")");
      }
    }
    assertThat(clashes).as("public types named like a type jshell imports").isEmpty();
  }

  /** The public top-level types of jshell's default packages, by simple name to package. */
  private static Map<String, String> jshellImports() throws IOException {
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    Map<String, String> types = new TreeMap<>();
    try (Stream<Path> modules = Files.list(jrt.getPath("/modules"))) {
      for (Path module : modules.toList()) {
        for (String pkg : JSHELL_IMPORTS) {
          Path directory = module.resolve(pkg.replace('.', '/'));
          if (!Files.isDirectory(directory)) {
            continue;
          }
          try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
              String name = file.getFileName().toString();
              if (name.endsWith(".class") && !name.contains("$") && !name.contains("-")
                  && isPublic(pkg + "." + name.substring(0, name.length() - 6),
                      ClassLoader.getPlatformClassLoader())) {
                types.put(name.substring(0, name.length() - 6), pkg);
              }
            }
          }
        }
      }
    }
    return types;
  }

  /** The public top-level types compiled under {@code classes}, by binary name. */
  static Set<String> publicTypes(Path classes) throws IOException {
    Set<String> types = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String relative = classes.relativize(file).toString().replace('\\', '/');
        if (relative.contains("$") || relative.endsWith("-info.class")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - 6).replace('/', '.');
        if (isPublic(name, PublicNamesTest.class.getClassLoader())) {
          types.add(name);
        }
      }
    }
    return types;
  }

  private static boolean isPublic(String name, ClassLoader loader) {
    try {
      return Modifier.isPublic(Class.forName(name, false, loader).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
