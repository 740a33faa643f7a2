package dev.topology.formats.compose;

import dev.topology.api.TopologyException;

/**
 * One thing wrong with a Compose file, where it is: the file, when the project is read from
 * several, the path of the key in the file, such as {@code services.web.depends_on.db}, and a
 * sentence that says what is wrong and what would be valid.
 *
 * <p>A problem of the merged project (a dependency on a service that no file defines, say) has
 * no file: it is about the model that the files make together, as {@code docker compose config}
 * prints it.
 *
 * @param file the file as the caller named it ({@link ComposeFile#path()}); empty when the
 *     project is read from one text, or the problem is about the merged project
 * @param path the dotted path of the key in the file; empty for the document as a whole
 * @param message a sentence that states the rule and the value that broke it
 */
public record ComposeProblem(String file, String path, String message) {
  /**
   * Creates a problem.
   *
   * @param file the file, or empty
   * @param path the dotted path of the key in the file; empty for the document as a whole
   * @param message a sentence that states the rule and the value that broke it
   * @throws TopologyException if a value is null
   */
  public ComposeProblem {
    if (file == null || path == null || message == null) {
      throw new TopologyException("A Compose problem needs a file, a path and a message, not"
          + " null.");
    }
  }

  /**
   * Creates a problem of the file read, or of the merged project.
   *
   * @param path the dotted path of the key in the file; empty for the document as a whole
   * @param message a sentence that states the rule and the value that broke it
   * @throws TopologyException if a value is null
   */
  public ComposeProblem(String path, String message) {
    this("", path, message);
  }

  /**
   * Returns the same problem, placed in a file unless it already names one.
   *
   * @param name the file's path as the caller named it
   * @return this problem if it names a file already, else a copy naming {@code name}
   */
  public ComposeProblem inFile(String name) {
    return file.isEmpty() ? new ComposeProblem(name, path, message) : this;
  }

  /**
   * Returns the problem as one line: the file and the path, each followed by a colon, then the
   * message.
   *
   * @return such as {@code "compose.yaml: services.web.depends_on.db: no service is named 'db'."}
   */
  @Override
  public String toString() {
    String place = path.isEmpty() ? "" : path + ": ";
    return (file.isEmpty() ? "" : file + ": ") + place + message;
  }
}
