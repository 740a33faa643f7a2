package dev.topology.api;

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
 * The model knows no particular deployment choice: the CircleCI catalog's choices (LDAP, object
 * storage on S3 or fileserved) are data of the catalog. Only the JSON reader of format 1, which
 * release 0.1.0 wrote in those words, may name them. The engine checks its own sources the same
 * way.
 */
class ModelWordsTest {
  private static final List<String> WORDS = List.of("ldap", "s3", "fileserved", "objectstorage");
  private static final Path FORMAT_ONE_READER =
      Path.of("dev", "topology", "api", "json", "FormatOne.java");

  @Test
  void apiMainSources_nameNoCatalogChoiceOutsideTheFormatOneReader() throws IOException {
    Path sources = Path.of("src", "main", "java");
    List<String> found = mentions(sources, FORMAT_ONE_READER);

    assertThat(Files.isRegularFile(sources.resolve(FORMAT_ONE_READER))).isTrue();
    assertThat(found).as("lines that name a choice of the catalog").isEmpty();
  }

  @Test
  void mentions_aLineWithAWord_found() throws IOException {
    Path directory = Files.createTempDirectory("words");
    Files.writeString(directory.resolve("A.java"), "class A {\n  // uses S3 here\n}\n");

    assertThat(mentions(directory, null)).containsExactly("A.java:2: // uses S3 here");
  }

  /** The lines of the Java files under {@code root} that hold one of the words, but in {@code except}. */
  private static List<String> mentions(Path root, Path except) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = root.relativize(file);
        if (relative.equals(except)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).toLowerCase(Locale.ROOT);
          if (WORDS.stream().anyMatch(line::contains)) {
            found.add(relative.toString().replace('\\', '/') + ":" + (i + 1) + ": "
                + lines.get(i).strip());
          }
        }
      }
    }
    return found;
  }
}
