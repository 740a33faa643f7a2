package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine knows no particular deployment choice: the CircleCI catalog's choices (LDAP, object
 * storage on S3 or fileserved) are data of the catalog, and no line of the engine's sources, its
 * javadoc included, names them.
 */
class EngineWordsTest {
  private static final List<String> WORDS = List.of("ldap", "s3", "fileserved", "objectstorage");

  @Test
  void mainSources_nameNoCatalogChoice() throws IOException {
    Path sources = Path.of("src", "main", "java");

    assertThat(Files.isRegularFile(sources.resolve("module-info.java"))).isTrue();
    assertThat(mentions(sources)).as("lines that name a choice of the catalog").isEmpty();
  }

  @Test
  void mentions_aLineWithAWord_found() throws IOException {
    Path directory = Files.createTempDirectory("words");
    Files.writeString(directory.resolve("A.java"), "class A {\n  // uses LDAP here\n}\n");

    assertThat(mentions(directory)).containsExactly("A.java:2: // uses LDAP here");
  }

  /** The lines of the Java files under {@code root} that hold one of the words. */
  private static List<String> mentions(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).toLowerCase(Locale.ROOT);
          if (WORDS.stream().anyMatch(line::contains)) {
            found.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": "
                + lines.get(i).strip());
          }
        }
      }
    }
    return found;
  }
}
