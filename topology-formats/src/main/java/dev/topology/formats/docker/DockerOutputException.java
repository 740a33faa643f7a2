package dev.topology.formats.docker;

import dev.topology.api.TopologyException;

/**
 * Thrown when the output of {@code docker ps} or {@code docker compose ps} cannot be read: text
 * that is not JSON, a container without a name, a state Docker does not have, input beyond the
 * reader's limits. The message starts with the line, which {@link #line()} returns too.
 */
public class DockerOutputException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /** The line of the input the problem is on, from 1. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param line the line of the input, from 1
   * @param message a full sentence that names what is wrong and what would be valid, without
   *     the line, which is put in front of it
   */
  public DockerOutputException(int line, String message) {
    super("Line " + line + ": " + message);
    this.line = line;
  }

  /**
   * Returns the line of the input the problem is on.
   *
   * @return the line number, from 1
   */
  public int line() {
    return line;
  }
}
