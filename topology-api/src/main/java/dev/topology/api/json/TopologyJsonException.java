package dev.topology.api.json;

import dev.topology.api.TopologyException;

/**
 * Thrown when a JSON document cannot be read as a topology or a deployment: it is not JSON, it
 * breaks a size limit, or a value has the wrong type, is missing or is not expected.
 *
 * <p>{@link #path()} says where, as a JSONPath such as {@code $.services[3].severity}; a syntax
 * error is placed by line and column instead.
 */
public class TopologyJsonException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param path where the problem is, such as {@code $.services[3].severity}
   * @param message a full sentence that says what is wrong
   */
  public TopologyJsonException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /**
   * Returns where the problem is.
   *
   * @return a JSONPath such as {@code $.services[3].severity}, or a line and column
   */
  public String path() {
    return path;
  }
}
