package dev.topology.graph;

import dev.topology.api.TopologyException;

/**
 * Thrown when a question to a {@link TopologyGraph} is malformed: a null or empty argument, a
 * negative start duration, a service named twice, or a service that the deployment leaves out
 * (one present only under a condition that does not hold). The message is a full sentence that
 * says what would be valid.
 *
 * <p>A name that no service has raises {@link dev.topology.api.NoSuchServiceException}
 * instead, with the closest known names.
 */
public class InvalidQueryException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a full sentence that names what is wrong
   */
  public InvalidQueryException(String message) {
    super(message);
  }
}
