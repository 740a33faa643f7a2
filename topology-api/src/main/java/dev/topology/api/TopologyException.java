package dev.topology.api;

/**
 * The root of every exception the library throws on purpose.
 *
 * <p>Catch this type to handle any bad input to the library in one place.
 */
public class TopologyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message a full sentence that names what is wrong
   */
  public TopologyException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message a full sentence that names what is wrong
   * @param cause the underlying failure
   */
  public TopologyException(String message, Throwable cause) {
    super(message, cause);
  }
}
