package dev.topology.examples.cli;

import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.formats.compose.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a Compose file ({@code -} for standard input) and the variables it is interpolated with,
 * as docker compose finds them (compose-go's {@code cli/options.go}): the environment first, then
 * the {@code --env-file} files in order, a later one winning over an earlier one, or, when none
 * is given, the {@code .env} file next to the Compose file (the current folder for standard
 * input) unless {@code --no-dotenv} or {@code COMPOSE_DISABLE_ENV_FILE} turns it off. The tool
 * does the I/O; the library gets the text and the variables.
 */
final class ComposeFiles {
  static final String STDIN = "-";
  private static final String DOTENV = ".env";
  private static final String DISABLE_DOTENV = "COMPOSE_DISABLE_ENV_FILE";
  /** What Go's {@code strconv.ParseBool} reads as true. */
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

  private ComposeFiles() {}

  /** A Compose file as read, and the variables it was interpolated with. */
  record Read(ComposeProject project, Map<String, String> variables) {}

  /** The project of a Compose file; every problem in it is a user error naming the file. */
  static Read read(Path file, List<Path> envFiles, boolean noDotenv, TopologyCli cli) {
    String text = TopologyFiles.contents(file, cli);
    Map<String, String> variables = variables(file, envFiles, noDotenv, cli);
    try {
      return new Read(ComposeReader.builder().variables(variables).build().read(text),
          variables);
    } catch (ComposeFileException e) {
      throw problem(file, e);
    }
  }

  /** The library's complaint about a Compose file, as one line that starts with the file. */
  static UserError problem(Path file, ComposeFileException e) {
    return new UserError(name(file) + ": " + e.getMessage());
  }

  /** The file as people call it, quoted as every message of the tool quotes file names. */
  static String name(Path file) {
    return TopologyFiles.name(file);
  }

  /** The variables of the environment and the env files, the environment winning. */
  static Map<String, String> variables(Path file, List<Path> envFiles, boolean noDotenv,
      TopologyCli cli) {
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
      try {
        fromFiles.putAll(DotEnv.parse(TopologyFiles.contents(envFile, cli), known));
      } catch (ComposeFileException e) {
        throw new UserError(name(envFile) + ": " + e.getMessage());
      }
    }
    Map<String, String> variables = new TreeMap<>(fromFiles);
    variables.putAll(environment);
    return variables;
  }
}
