package dev.topology.api;

import java.util.List;

/**
 * Thrown when a service, dependency, deployment or topology breaks a rule of the model.
 *
 * <p>Validation does not stop at the first problem: {@link #problems()} lists every one it found,
 * each naming the services involved. The message lists them too, one a line.
 */
public class InvalidTopologyException extends TopologyException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for one problem given as a sentence.
   *
   * @param message a full sentence that states the rule and the value that broke it
   */
  public InvalidTopologyException(String message) {
    this(List.of(Problem.of(Problem.Kind.MISSING_VALUE, message)));
  }

  /**
   * Creates an exception for a list of problems.
   *
   * @param problems every problem found; at least one
   */
  public InvalidTopologyException(List<Problem> problems) {
    super(messageOf(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String messageOf(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new TopologyException("An InvalidTopologyException needs at least one problem.");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder text = new StringBuilder(problems.size() + " problems:");
    for (Problem problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }
}
