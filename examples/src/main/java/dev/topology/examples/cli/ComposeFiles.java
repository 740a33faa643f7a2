package dev.topology.examples.cli;

import dev.topology.formats.compose.ComposeFile;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeFileResolver;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the Compose files of {@code --compose} ({@code -} for standard input, a folder for the
 * files {@code docker compose} finds in it) and the env file of {@code --env-file}: the tool does
 * the I/O, the library gets the texts, the variables, and a resolver for the files that {@code
 * extends} and {@code include} name.
 */
final class ComposeFiles {
  static final String STDIN = "-";
  /** The files {@code docker compose} looks for in a folder, in its order (compose-go cli). */
  static final List<String> DEFAULT_FILES = List.of("compose.yaml", "compose.yml",
      "docker-compose.yml", "docker-compose.yaml");
  /** The override files it merges onto the one found, the first one present. */
  static final List<String> DEFAULT_OVERRIDES = List.of("compose.override.yml",
      "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml");

  private ComposeFiles() {}

  /**
   * The project of the Compose files, merged in order; every problem in them is a user error
   * naming the file and the place.
   */
  static ComposeProject read(List<Path> given, Path envFile, boolean outside, TopologyCli cli) {
    List<Path> files = discovered(given);
    Map<String, String> variables = envFile == null ? Map.of() : variables(envFile, cli);
    List<ComposeFile> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(ComposeFile.of(name(file), TopologyFiles.contents(file, cli)));
    }
    Path first = files.get(0);
    Path folder = STDIN.equals(first.toString()) ? Path.of("")
        : first.toAbsolutePath().normalize().getParent();
    try {
      return ComposeReader.builder().variables(variables)
          .resolver(new FolderResolver(folder, outside)).build().read(texts);
    } catch (ComposeFileException e) {
      throw problem(files, e);
    }
  }

  /** The files a list of --compose names: a folder stands for what docker compose finds in it. */
  static List<Path> discovered(List<Path> given) {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (!STDIN.equals(path.toString()) && Files.isDirectory(path)) {
        files.addAll(inFolder(path));
      } else {
        files.add(path);
      }
    }
    if (files.stream().filter(f -> STDIN.equals(f.toString())).count() > 1) {
      throw new UserError("--compose reads standard input (-) once; give - for one file only.");
    }
    return files;
  }

  private static List<Path> inFolder(Path folder) {
    List<Path> found = new ArrayList<>();
    DEFAULT_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst()
        .ifPresent(found::add);
    if (found.isEmpty()) {
      throw new UserError("'" + folder + "' holds no Compose file; docker compose looks for "
          + String.join(", ", DEFAULT_FILES) + ".");
    }
    DEFAULT_OVERRIDES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst()
        .ifPresent(found::add);
    return found;
  }

  /**
   * The library's complaint about Compose files: one line per distinct cause, each starting
   * with the file it is about (the files together for a problem of the merged project).
   */
  static UserError problem(List<Path> files, ComposeFileException e) {
    String together = String.join(" + ", files.stream().map(ComposeFiles::name).toList());
    return new UserError(e.inFile(together).causes());
  }

  /** The file as people call it: its path, or "standard input". */
  static String name(Path file) {
    return STDIN.equals(file.toString()) ? "standard input" : file.toString();
  }

  /**
   * Reads the files that extends and include name, from the project folder (the first file's),
   * refusing paths that leave it unless told otherwise.
   */
  private record FolderResolver(Path folder, boolean outside) implements ComposeFileResolver {
    @Override
    public Optional<String> read(String path) {
      Path file = folder.resolve(path).toAbsolutePath().normalize();
      if (!outside && !inside(file)) {
        throw new ComposeFileException("", "'" + path + "' is outside the project folder "
            + folder.toAbsolutePath().normalize() + "; give --allow-outside-project to read"
            + " it.");
      }
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(TopologyFiles.text(file));
      } catch (UserError e) {
        throw new ComposeFileException("", e.getMessage());
      }
    }

    /** Inside the folder, links followed where the file exists. */
    private boolean inside(Path file) {
      Path root = folder.toAbsolutePath().normalize();
      if (!file.startsWith(root)) {
        return false;
      }
      try {
        return !Files.exists(file) || file.toRealPath().startsWith(root.toRealPath());
      } catch (java.io.IOException e) {
        return false;
      }
    }
  }

  /**
   * The variables of an env file: {@code KEY=VALUE} lines, blank lines and {@code #} comments
   * skipped, an {@code export } prefix allowed, a value in matching single or double quotes
   * taken without them.
   */
  static Map<String, String> variables(Path envFile, TopologyCli cli) {
    String text = TopologyFiles.contents(envFile, cli);
    Map<String, String> variables = new TreeMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new UserError(envFile + ":" + (i + 1) + ": expected KEY=VALUE, found '"
            + Errors.oneLine(line) + "'.");
      }
      String value = line.substring(equals + 1).strip();
      if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.charAt(value.length() - 1) == value.charAt(0)) {
        value = value.substring(1, value.length() - 1);
      }
      variables.put(line.substring(0, equals).strip(), value);
    }
    return variables;
  }
}
