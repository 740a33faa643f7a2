package dev.topology.api;

/**
 * Thrown when an {@link Observation} or an {@link ObservedContainer} is given values that cannot
 * describe what runs: a missing or blank name, a missing state, two containers with one name.
 */
public class InvalidObservationException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a full sentence that names what is wrong and what would be valid
   */
  public InvalidObservationException(String message) {
    super(message);
  }
}
