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

  private final transient List<Problem> problems;

  /**
   * Creates the exception for one problem given as a sentence, of kind {@link
   * Problem.Kind#MISSING_VALUE}.
   *
   * @param message a full sentence that names what is wrong and what would be valid
   */
  public InvalidObservationException(String message) {
    this(List.of(Problem.of(Problem.Kind.MISSING_VALUE, message)));
  }

  /**
   * Creates the exception for every problem found.
   *
   * @param problems every problem found, each naming what is wrong and what would be valid; at
   *     least one
   */
  public InvalidObservationException(List<Problem> problems) {
    super(messageOf(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String messageOf(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("An InvalidObservationException needs at least one problem.");
    }
    List<String> lines = problems.stream().map(Problem::toString).toList();
    return lines.size() == 1 ? lines.get(0)
        : lines.size() + " problems:\n- " + String.join("\n- ", lines);
  }
}
