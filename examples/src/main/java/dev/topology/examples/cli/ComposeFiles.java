package dev.topology.examples.cli;

import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a Compose file ({@code -} for standard input) and its env file for {@code --compose}
 * and {@code --env-file}: the tool does the I/O, the library gets the text and the variables.
 */
final class ComposeFiles {
  static final String STDIN = "-";

  private ComposeFiles() {}

  /** The project of a Compose file; every problem in it is a user error naming the file. */
  static ComposeProject read(Path file, Path envFile, TopologyCli cli) {
    String text = TopologyFiles.contents(file, cli);
    Map<String, String> variables = envFile == null ? Map.of() : variables(envFile, cli);
    try {
      return ComposeReader.builder().variables(variables).build().read(text);
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
        throw new UserError(name(envFile) + ", line " + (i + 1) + ": expected KEY=VALUE, found '"
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
