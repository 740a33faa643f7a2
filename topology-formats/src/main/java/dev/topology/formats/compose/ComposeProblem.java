package dev.topology.formats.compose;

import dev.topology.api.TopologyException;

/**
 * One thing wrong with a Compose file, where it is: the path of the key in the file, such as
 * {@code services.web.depends_on.db}, and a sentence that says what is wrong and what would be
 * valid.
 *
 * @param path the dotted path of the key in the file; empty for the document as a whole
 * @param message a sentence that states the rule and the value that broke it
 */
public record ComposeProblem(String path, String message) {
  /**
   * Creates a problem.
   *
   * @param path the dotted path of the key in the file; empty for the document as a whole
   * @param message a sentence that states the rule and the value that broke it
   * @throws TopologyException if a value is null
   */
  public ComposeProblem {
    if (path == null || message == null) {
      throw new TopologyException("A Compose problem needs a path and a message, not null.");
    }
  }

  /**
   * Returns the problem as one line: the path, a colon, the message.
   *
   * @return such as {@code "services.web.depends_on.db: no service is named 'db'."}
   */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
