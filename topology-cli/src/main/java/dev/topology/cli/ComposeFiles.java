package dev.topology.cli;

import dev.topology.api.Problem;
import dev.topology.api.internal.Quoting;
import dev.topology.formats.compose.ComposeFile;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeFileResolver;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.formats.compose.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the Compose files of {@code --compose} ({@code -} for standard input, a folder for the
 * files {@code docker compose} finds in it) and the variables they are interpolated with, as
 * docker compose finds them (compose-go's {@code cli/options.go}): the environment first, then
 * the {@code --env-file} files in order, a later one winning over an earlier one, or, when none
 * is given, the {@code .env} file next to the first Compose file (the current folder for
 * standard input) unless {@code --no-dotenv} or {@code COMPOSE_DISABLE_ENV_FILE} turns it off.
 * The tool does the I/O; the library gets the texts, the variables, and a resolver for the files
 * that {@code extends} and {@code include} name.
 */
final class ComposeFiles {
  static final String STDIN = "-";
  /** The files {@code docker compose} looks for in a folder, in its order (compose-go cli). */
  static final List<String> DEFAULT_FILES = List.of("compose.yaml", "compose.yml",
      "docker-compose.yml", "docker-compose.yaml");
  /** The override files it merges onto the one found, the first one present. */
  static final List<String> DEFAULT_OVERRIDES = List.of("compose.override.yml",
      "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml");
  private static final String DOTENV = ".env";
  /** The origin of a variable set in the environment. */
  static final String ENVIRONMENT = "the environment";
  private static final String DISABLE_DOTENV = "COMPOSE_DISABLE_ENV_FILE";
  /** What Go's {@code strconv.ParseBool} reads as true. */
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

  private ComposeFiles() {}

  /**
   * Compose files as read, the variables they were interpolated with, and where {@code
   * COMPOSE_PROFILES} was set (such as {@code '.env', line 1} or {@code the environment}), or
   * null when it is not set.
   */
  record Read(ComposeProject project, Map<String, String> variables, String profilesFrom) {}

  /**
   * The project of the Compose files (already {@linkplain #discovered discovered}), merged in
   * order; every problem in them is a user error naming the file and the place.
   */
  static Read read(List<Path> files, List<Path> envFiles, boolean noDotenv, boolean outside,
      TopologyCli cli) {
    Path first = files.get(0);
    Map<String, String> origins = new HashMap<>();
    Map<String, String> variables = variables(first, envFiles, noDotenv, cli, origins);
    List<ComposeFile> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(ComposeFile.of(path(file), TopologyFiles.contents(file, cli)));
    }
    Path folder = STDIN.equals(first.toString()) ? Path.of("")
        : first.toAbsolutePath().normalize().getParent();
    try {
      return new Read(ComposeReader.builder().variables(variables)
          .resolver(new FolderResolver(folder, outside)).build().read(texts), variables,
          origins.get(ComposeSource.COMPOSE_PROFILES));
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
      throw new UserError(Quoting.quote(folder.toString()) + " holds no Compose file; docker"
          + " compose looks for "
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
    Map<String, String> given = new HashMap<>();
    files.forEach(file -> given.put(path(file), name(file)));
    String together = together(files);
    // The library names files by the paths it was given; the tool quotes each name once.
    List<Problem> named = e.problems().stream().map(p -> p.toBuilder().file(p.file()
        .map(file -> given.getOrDefault(file, Quoting.quote(file))).orElse(together)).build())
        .toList();
    return new UserError(new ComposeFileException(named).causes());
  }

  /** The files' names joined, each quoted once: {@code 'a.yaml' + 'b.yaml'}. */
  static String together(List<Path> files) {
    return String.join(" + ", files.stream().map(ComposeFiles::name).toList());
  }

  /** The path the library is given for a file: as the user wrote it, unquoted. */
  private static String path(Path file) {
    return TopologyFiles.isStdin(file) ? name(file) : file.toString();
  }

  /** The file as people call it, quoted as every message of the tool quotes file names. */
  static String name(Path file) {
    return TopologyFiles.name(file);
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
        throw new ComposeFileException("", Quoting.quote(path) + " is outside the project folder "
            + Quoting.quote(folder.toAbsolutePath().normalize().toString())
            + "; give --allow-outside-project to read it.");
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
   * The variables of the environment and the env files, the environment winning; {@code
   * origins} receives where {@code COMPOSE_PROFILES} was set, for messages about it.
   */
  static Map<String, String> variables(Path file, List<Path> envFiles, boolean noDotenv,
      TopologyCli cli, Map<String, String> origins) {
    Map<String, String> environment = cli.environment();
    List<Path> files = envFiles;
    boolean disabled = TRUE.contains(environment.getOrDefault(DISABLE_DOTENV, ""));
    if (files.isEmpty() && !noDotenv && !disabled) {
      Path folder = STDIN.equals(file.toString()) ? null : file.toAbsolutePath().getParent();
      Path dotenv = folder == null ? Path.of(DOTENV) : folder.resolve(DOTENV);
      files = Files.isRegularFile(dotenv) ? List.of(dotenv) : List.of();
    }
    Map<String, String> fromFiles = new HashMap<>();
    for (Path envFile : files) {
      // compose-go's GetEnvFromFile: a file sees the environment, then the files before it.
      Map<String, String> known = new HashMap<>(fromFiles);
      known.putAll(environment);
      String text = TopologyFiles.contents(envFile, cli);
      try {
        Map<String, String> parsed = DotEnv.parse(text, known);
        fromFiles.putAll(parsed);
        if (parsed.containsKey(ComposeSource.COMPOSE_PROFILES)) {
          origins.put(ComposeSource.COMPOSE_PROFILES, name(envFile)
              + lineOf(text, ComposeSource.COMPOSE_PROFILES));
        }
      } catch (ComposeFileException e) {
        throw new UserError(name(envFile) + ": " + e.getMessage());
      }
    }
    Map<String, String> variables = new TreeMap<>(fromFiles);
    variables.putAll(environment);
    if (environment.containsKey(ComposeSource.COMPOSE_PROFILES)) {
      origins.put(ComposeSource.COMPOSE_PROFILES, ENVIRONMENT);
    }
    return variables;
  }

  /**
   * {@code ", line N"} for the last line of an env file that sets {@code name} (the one that
   * wins, as in compose-go's dotenv), or empty if no line starts so: a value quoted over
   * several lines is not followed, so the line is an aid, not a promise.
   */
  private static String lineOf(String text, String name) {
    java.util.regex.Pattern sets = java.util.regex.Pattern.compile(
        "^\\s*(?:export\\s+)?" + java.util.regex.Pattern.quote(name) + "\\s*[=:]");
    String[] lines = text.split("\\R", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      if (sets.matcher(lines[i]).find()) {
        return ", line " + (i + 1);
      }
    }
    return "";
  }
}
