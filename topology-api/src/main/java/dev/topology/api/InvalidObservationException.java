package dev.topology.api;

import java.util.List;

/**
 * Thrown when an {@link Observation} or an {@link ObservedContainer} is given values that cannot
 * describe what runs: a missing or blank name, a missing state, two containers with one name.
 *
 * <p>Validation does not stop at the first problem: {@link #problems()} lists every one, and the
 * message lists them too, one a line.
 */
public class InvalidObservationException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a full sentence that names what is wrong and what would be valid
   */
  public InvalidObservationException(String message) {
    this(List.of(message));
  }

  private final transient List<String> problems;

  /**
   * Creates the exception for every problem found.
   *
   * @param problems full sentences, each naming what is wrong and what would be valid; at least
   *     one
   */
  public InvalidObservationException(List<String> problems) {
    super(messageOf(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list of sentences
   */
  public List<String> problems() {
    return problems;
  }

  private static String messageOf(List<String> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("An InvalidObservationException needs at least one problem.");
    }
    return problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems:\n- " + String.join("\n- ", problems);
  }
}
